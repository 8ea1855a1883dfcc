import 'server-only';
import { cache } from 'react';
import { canAccessJob } from '@/db/queries/access';
import { getJobPipeline, type JobPipeline } from '@/db/queries/dashboard';
import { requireUser, type SessionUser } from '@/lib/auth/session';
import { parseJobId } from '@/lib/dashboard/job-id';

/**
 * The signed-in user and the job of a `[jobId]` page, or null when the job is missing or not
 * theirs (the page answers notFound()). Cached per request: the metadata and the page share it.
 */
export const loadJob = cache(async (segment: string): Promise<{ user: SessionUser; jobId: number; pipeline: JobPipeline } | null> => {
  const user = await requireUser();
  const jobId = parseJobId(segment);
  if (jobId === null || !(await canAccessJob(user, jobId))) return null;
  const pipeline = await getJobPipeline(user, jobId);
  return pipeline ? { user, jobId, pipeline } : null;
});
