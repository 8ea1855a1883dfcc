'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { updateAdminJob } from '@/db/queries/admin-jobs';
import { errorState } from '@/lib/action-state';
import { ACTION_MESSAGES, authorizationMessage } from '@/lib/actions/messages';
import { refuse, runAction } from '@/lib/actions/run-action';
import { authorizeAction } from '@/lib/auth/guards';
import { saveRefusal } from '@/lib/jobs/admin-action';
import { changeJobStatus } from '@/lib/jobs/change-job-status';
import type { JobStatusActionState } from '@/lib/jobs/job-status-state';
import { loggableError } from '@/lib/logging/loggable-error';
import { PUBLISH_PROBLEM_FIELD, PUBLISH_PROBLEM_TEXT, publishRefusalMessage } from '@/lib/jobs/publish-rules';
import { logger } from '@/lib/logger';
import { isRowId } from '@/lib/validations/row-id';
import { revalidatePublicJobs } from '@/lib/revalidate-jobs';
import { JOB_FORM_FIELDS, JOB_MESSAGES, jobEditSchema, jobFormValues, jobStatusChangeSchema, type JobActionState } from '@/lib/validations/job';

/**
 * Saves the editor. Bound to the job's id by the page; the form carries the version it
 * started from, and a save over someone else's newer one is refused with the edits kept.
 */
export async function updateJobAction(jobId: number, _previous: JobActionState, formData: FormData): Promise<JobActionState> {
  const values = jobFormValues(formData);
  return runAction({
    name: 'updateJobAction',
    role: 'admin',
    input: values,
    schema: jobEditSchema,
    fields: JOB_FORM_FIELDS,
    invalid: JOB_MESSAGES.invalid,
    echo: { values },
    act: async (actor, input) => {
      // A bound id comes back from the browser unsigned.
      if (!isRowId(jobId)) return refuse(JOB_MESSAGES.notFound);
      const result = await updateAdminJob(actor, jobId, input);
      if (!result.ok) return saveRefusal(result.reason);
      return result.previousSlug ? [result.previousSlug, result.slug] : [result.slug];
    },
    answer: (slugs) => {
      revalidatePublicJobs(...slugs);
      revalidatePath('/admin/jobs');
      redirect(`/admin/jobs/${jobId}?notice=saved`);
    },
  });
}

/**
 * Publish, close, reopen or archive: one form, the button pressed names the move. Not on the
 * runner: any bad input is the one sentence below, and a refused publish carries its list.
 */
export async function changeJobStatusAction(_previous: JobStatusActionState, formData: FormData): Promise<JobStatusActionState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return errorState(authorizationMessage(auth.error));
  const parsed = jobStatusChangeSchema.safeParse({ jobId: formData.get('jobId'), transition: formData.get('transition') });
  if (!parsed.success) return errorState('Choose one of the status buttons.');

  let slug: string;
  try {
    const result = await changeJobStatus(auth.user, parsed.data);
    if (!result.ok) {
      if (result.reason === 'incomplete') return { ...errorState(publishRefusalMessage(result.problems)), missing: result.problems.map((p) => ({ field: PUBLISH_PROBLEM_FIELD[p], text: PUBLISH_PROBLEM_TEXT[p] })) };
      if (result.reason === 'invalid') return errorState(result.message);
      return errorState(result.reason === 'not-found' ? JOB_MESSAGES.notFound : ACTION_MESSAGES.forbidden);
    }
    slug = result.slug;
  } catch (error) {
    logger.error({ err: loggableError(error), ...parsed.data }, 'Changing a job’s status failed');
    return errorState(ACTION_MESSAGES.unexpected);
  }
  revalidatePublicJobs(slug);
  revalidatePath('/admin/jobs');
  redirect(`/admin/jobs/${parsed.data.jobId}?notice=${parsed.data.transition}`);
}
