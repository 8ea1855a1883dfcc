'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { updateAdminJob } from '@/db/queries/admin-jobs';
import { errorState } from '@/lib/action-state';
import { ADMIN_MESSAGES, adminActor, saveRefusalState } from '@/lib/jobs/admin-action';
import { changeJobStatus } from '@/lib/jobs/change-job-status';
import type { JobStatusActionState } from '@/lib/jobs/job-status-state';
import { loggableError } from '@/lib/logging/loggable-error';
import { PUBLISH_PROBLEM_FIELD, PUBLISH_PROBLEM_TEXT, publishRefusalMessage } from '@/lib/jobs/publish-rules';
import { logger } from '@/lib/logger';
import { isRowId } from '@/lib/validations/row-id';
import { revalidatePublicJobs } from '@/lib/revalidate-jobs';
import { JOB_MESSAGES, jobEditSchema, jobFormValues, jobStatusChangeSchema, type JobActionState, type JobField } from '@/lib/validations/job';
import { zodFieldErrors } from '@/lib/actions/field-errors';

/**
 * Saves the editor. Bound to the job's id by the page; the form carries the version it
 * started from, and a save over someone else's newer one is refused with the edits kept.
 */
export async function updateJobAction(jobId: number, _previous: JobActionState, formData: FormData): Promise<JobActionState> {
  const values = jobFormValues(formData);
  const admin = await adminActor();
  if (!admin.ok) return { ...admin.state, values };
  if (!isRowId(jobId)) return { ...errorState(JOB_MESSAGES.notFound), values };
  const parsed = jobEditSchema.safeParse(values);
  if (!parsed.success) return { ...errorState(JOB_MESSAGES.invalid, zodFieldErrors<JobField>(parsed.error)), values };

  let slugs: string[];
  try {
    const result = await updateAdminJob(admin.actor, jobId, parsed.data);
    if (!result.ok) return { ...saveRefusalState(result.reason), values };
    slugs = result.previousSlug ? [result.previousSlug, result.slug] : [result.slug];
  } catch (error) {
    logger.error({ err: loggableError(error), jobId }, 'Saving a job failed');
    return { ...errorState(ADMIN_MESSAGES.unexpected), values };
  }
  revalidatePublicJobs(...slugs);
  revalidatePath('/admin/jobs');
  redirect(`/admin/jobs/${jobId}?notice=saved`);
}

/** Publish, close, reopen or archive: one form, the button pressed names the move. */
export async function changeJobStatusAction(_previous: JobStatusActionState, formData: FormData): Promise<JobStatusActionState> {
  const admin = await adminActor();
  if (!admin.ok) return admin.state;
  const parsed = jobStatusChangeSchema.safeParse({ jobId: formData.get('jobId'), transition: formData.get('transition') });
  if (!parsed.success) return errorState('Choose one of the status buttons.');

  let slug: string;
  try {
    const result = await changeJobStatus(admin.actor, parsed.data);
    if (!result.ok) {
      if (result.reason === 'incomplete') return { ...errorState(publishRefusalMessage(result.problems)), missing: result.problems.map((p) => ({ field: PUBLISH_PROBLEM_FIELD[p], text: PUBLISH_PROBLEM_TEXT[p] })) };
      if (result.reason === 'invalid') return errorState(result.message);
      return errorState(result.reason === 'not-found' ? JOB_MESSAGES.notFound : ADMIN_MESSAGES.forbidden);
    }
    slug = result.slug;
  } catch (error) {
    logger.error({ err: loggableError(error), ...parsed.data }, 'Changing a job’s status failed');
    return errorState(ADMIN_MESSAGES.unexpected);
  }
  revalidatePublicJobs(slug);
  revalidatePath('/admin/jobs');
  redirect(`/admin/jobs/${parsed.data.jobId}?notice=${parsed.data.transition}`);
}
