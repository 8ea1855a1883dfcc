import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { jobs } from '@/db/schema';
import type { JobStatus } from '@/lib/domain/job-enums';

// Who may see a job and who may apply to it: the one definition, in SQL for the queries and in
// TypeScript for a row already read, side by side so the two can never drift apart.

/** Statuses the public sees: a closed job keeps its page (it says it is closed); drafts and archived jobs answer 404. */
export const PUBLIC_JOB_STATUSES = ['published', 'closed'] as const satisfies readonly JobStatus[];
export type PublicJobStatus = (typeof PUBLIC_JOB_STATUSES)[number];

/** SQL: the job is shown to the public at all. */
export const isPubliclyListedJob = inArray(jobs.status, [...PUBLIC_JOB_STATUSES]);

/** SQL: published and not past its closing date, so the board lists it and it takes applications. */
export const isOpenJob = and(eq(jobs.status, 'published'), or(isNull(jobs.closesAt), gt(jobs.closesAt, sql`now()`)));

/** The same rule as isPubliclyListedJob, for a row already read. */
export function isPubliclyListed(job: { status: JobStatus }): job is { status: PublicJobStatus } {
  return (PUBLIC_JOB_STATUSES as readonly JobStatus[]).includes(job.status);
}

/** The same rule as isOpenJob, for a row already read (`now` for tests and a request's single clock). */
export function isAcceptingApplications(job: { status: JobStatus; closesAt: Date | null }, now: Date = new Date()): boolean {
  return job.status === 'published' && (job.closesAt === null || job.closesAt.getTime() > now.getTime());
}
