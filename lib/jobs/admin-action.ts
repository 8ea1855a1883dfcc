import 'server-only';
import { createAdminJob, type SaveJobRefusal } from '@/db/queries/admin-jobs';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { refuse, runAction, type Refusal } from '@/lib/actions/run-action';
import { JOB_FORM_FIELDS, JOB_MESSAGES, jobFormValues, jobSchema, type JobActionState, type JobField } from '@/lib/validations/job';

// What the job editor's actions share: the words for a refused save, and the create path.

/** A refused save as the editor shows it: the message, and the field it is about. */
export function saveRefusal(reason: SaveJobRefusal): Refusal<JobField> {
  switch (reason) {
    case 'slug-taken':
      return refuse(JOB_MESSAGES.invalid, { slug: [JOB_MESSAGES.slugTaken] });
    case 'taxonomy-missing':
      return refuse(JOB_MESSAGES.taxonomyMissing, { departmentId: [JOB_MESSAGES.taxonomyMissing], locationId: [JOB_MESSAGES.taxonomyMissing] });
    case 'conflict':
      return refuse(JOB_MESSAGES.conflict);
    case 'not-found':
      return refuse(JOB_MESSAGES.notFound);
    case 'forbidden':
      return refuse(ACTION_MESSAGES.forbidden);
  }
}

/**
 * The create path of the New job and Import pages. `answer` gets the saved job and revalidates
 * and redirects (the runner calls it outside its try, as redirect() throws).
 */
export function createJobFromForm(
  name: string,
  formData: FormData,
  answer: (saved: { id: number; slug: string }) => JobActionState,
): Promise<JobActionState> {
  const values = jobFormValues(formData);
  return runAction({
    name,
    role: 'admin',
    input: values,
    schema: jobSchema,
    fields: JOB_FORM_FIELDS,
    invalid: JOB_MESSAGES.invalid,
    echo: { values },
    act: async (actor, input) => {
      const result = await createAdminJob(actor, input);
      return result.ok ? result : saveRefusal(result.reason);
    },
    answer,
  });
}
