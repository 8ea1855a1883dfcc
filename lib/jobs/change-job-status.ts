import 'server-only';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import type { Actor } from '@/db/queries/access';
import { applyJobStatusChange, getRequirePayRange, lockJobForStatusChange, type JobStatusChange } from '@/db/queries/job-status';
import { refreshSearchLexicon } from '@/db/queries/job-writes';
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
const STAMPS: Record<JobTransition, Pick<JobStatusChange, 'publishedAt' | 'closedAt'>> = {
  publish: { publishedAt: 'first', closedAt: 'clear' },
  close: { closedAt: 'now' },
  reopen: { closedAt: 'clear' },
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
    const job = await lockJobForStatusChange(tx, jobId);
    if (!job) return { ok: false, reason: 'not-found' };
    if (!canTransition(job.status, transition)) return { ok: false, reason: 'invalid', message: transitionRefusal(transition, job.status) };

    const to = JOB_TRANSITIONS[transition].to;
    if (to === 'published') {
      const problems = publishProblems(job, { requirePayRange: await getRequirePayRange(tx) });
      if (problems.length > 0) return { ok: false, reason: 'incomplete', problems };
    }

    const from = { status: job.status, version: job.version, publishedAt: job.publishedAt, closedAt: job.closedAt };
    await applyJobStatusChange(tx, actor, { jobId, from, to, ...STAMPS[transition], audit: AUDIT_ACTION[transition] });
    return { ok: true, slug: job.slug, status: to };
  });
  if (result.ok) await refreshSearchLexicon(conn);
  return result;
}
