import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import type { Actor } from '@/db/queries/access';
import { refreshSearchLexicon } from '@/db/queries/job-writes';
import { jobs, locations, settings } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { JobStatus } from '@/lib/domain/job-enums';
import { canTransition, JOB_TRANSITIONS, transitionRefusal, type JobTransition } from './lifecycle';
import { publishProblems, type PublishProblem } from './publish-rules';

export type ChangeJobStatusResult =
  | { ok: true; slug: string; status: JobStatus }
  | { ok: false; reason: 'forbidden' | 'not-found' }
  | { ok: false; reason: 'invalid'; message: string }
  | { ok: false; reason: 'incomplete'; problems: PublishProblem[] };

const AUDIT_ACTION: Record<JobTransition, `job.${string}`> = {
  publish: 'job.published',
  close: 'job.closed',
  reopen: 'job.reopened',
  archive: 'job.archived',
};

// published_at is set on the first publish only, so "Posted 3 days ago" survives a reopen.
const CHANGES: Record<JobTransition, { publishedAt?: SQL; closedAt?: SQL | null }> = {
  publish: { publishedAt: sql`coalesce(${jobs.publishedAt}, now())`, closedAt: null },
  close: { closedAt: sql`now()` },
  reopen: { closedAt: null },
  archive: {},
};

/**
 * Moves a job along its lifecycle. The row is locked first, so the status the rules were
 * checked against is the one that gets changed; publishing and reopening check the publish
 * rules (with the company's pay-range policy) inside the same transaction.
 */
export async function changeJobStatus(
  actor: Actor,
  input: { jobId: number; transition: JobTransition },
  conn: DbOrTx = appDb,
): Promise<ChangeJobStatusResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  const { jobId, transition } = input;
  const result = await conn.transaction(async (tx): Promise<ChangeJobStatusResult> => {
    const [job] = await tx
      .select({
        slug: jobs.slug,
        status: jobs.status,
        version: jobs.version,
        title: jobs.title,
        descriptionMarkdown: jobs.descriptionMarkdown,
        location: { countryCode: locations.countryCode, remoteArea: locations.remoteArea },
        payMin: jobs.payMin,
        payMax: jobs.payMax,
        payCurrency: jobs.payCurrency,
        payPeriod: jobs.payPeriod,
        closesAt: jobs.closesAt,
        publishedAt: jobs.publishedAt,
        closedAt: jobs.closedAt,
      })
      .from(jobs)
      .leftJoin(locations, eq(locations.id, jobs.locationId))
      .where(eq(jobs.id, jobId))
      .for('update', { of: jobs });
    if (!job) return { ok: false, reason: 'not-found' };
    if (!canTransition(job.status, transition)) return { ok: false, reason: 'invalid', message: transitionRefusal(transition, job.status) };

    const to = JOB_TRANSITIONS[transition].to;
    if (to === 'published') {
      const [policy] = await tx.select({ requirePayRange: settings.requirePayRange }).from(settings).where(eq(settings.id, 1));
      // No settings row yet: the column's default (required) applies.
      const problems = publishProblems(job, { requirePayRange: policy?.requirePayRange ?? true });
      if (problems.length > 0) return { ok: false, reason: 'incomplete', problems };
    }

    const [after] = await tx
      .update(jobs)
      .set({ status: to, ...CHANGES[transition], version: sql`${jobs.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(jobs.id, jobId), eq(jobs.status, job.status)))
      .returning({ status: jobs.status, version: jobs.version, publishedAt: jobs.publishedAt, closedAt: jobs.closedAt });
    if (!after) throw new Error(`Job ${jobId} changed while locked`);
    await recordAudit(tx, {
      actor,
      action: AUDIT_ACTION[transition],
      entityType: 'job',
      entityId: jobId,
      before: { status: job.status, version: job.version, publishedAt: job.publishedAt, closedAt: job.closedAt },
      after,
    });
    return { ok: true, slug: job.slug, status: to };
  });
  if (result.ok) await refreshSearchLexicon(conn);
  return result;
}
