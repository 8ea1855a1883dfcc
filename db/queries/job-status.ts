import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { jobs, locations, settings } from '@/db/schema';
import type { JobStatus } from '@/lib/domain/job-enums';
import type { Actor } from './access';
import { recordAudit, type AuditAction } from './audit';

// The SQL of a job's status change; lib/jobs/change-job-status.ts decides whether it may happen.

/** The job as the lifecycle and publish rules judge it, locked until the caller's transaction ends. */
export async function lockJobForStatusChange(tx: DbOrTx, jobId: number) {
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
  return job ?? null;
}

/** settings.require_pay_range; with no settings row yet, the column's default (required) applies. */
export async function getRequirePayRange(tx: DbOrTx): Promise<boolean> {
  const [policy] = await tx.select({ requirePayRange: settings.requirePayRange }).from(settings).where(eq(settings.id, 1));
  return policy?.requirePayRange ?? true;
}

export interface JobStatusChange {
  jobId: number;
  from: { status: JobStatus; version: number; publishedAt: Date | null; closedAt: Date | null };
  to: JobStatus;
  /** `first`: set published_at unless it is set already, so "Posted 3 days ago" survives a reopen. */
  publishedAt?: 'first';
  /** `now` stamps closed_at, `clear` empties it, unset leaves it. */
  closedAt?: 'now' | 'clear';
  audit: AuditAction;
}

/** Writes the change and its audit entry; throws when the row moved although the caller locked it. */
export async function applyJobStatusChange(tx: DbOrTx, actor: Actor, change: JobStatusChange): Promise<void> {
  const [after] = await tx
    .update(jobs)
    .set({
      status: change.to,
      ...(change.publishedAt === 'first' ? { publishedAt: sql`coalesce(${jobs.publishedAt}, now())` } : {}),
      ...(change.closedAt === 'now' ? { closedAt: sql`now()` } : change.closedAt === 'clear' ? { closedAt: null } : {}),
      version: sql`${jobs.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.id, change.jobId), eq(jobs.status, change.from.status)))
    .returning({ status: jobs.status, version: jobs.version, publishedAt: jobs.publishedAt, closedAt: jobs.closedAt });
  if (!after) throw new Error(`Job ${change.jobId} changed while locked`);
  await recordAudit(tx, { actor, action: change.audit, entityType: 'job', entityId: change.jobId, before: change.from, after });
}
