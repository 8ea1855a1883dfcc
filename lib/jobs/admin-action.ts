import 'server-only';
import type { Actor } from '@/db/queries/access';
import { createAdminJob, type SaveJobRefusal } from '@/db/queries/admin-jobs';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { JOB_MESSAGES, jobFormValues, jobSchema, type JobActionState, type JobField } from '@/lib/validations/job';
import { loggableError } from '@/lib/logging/loggable-error';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { zodFieldErrors } from '@/lib/actions/field-errors';

// What the admin's job, department and location actions share: who is asking, and the words
// for what can go wrong.

export const ADMIN_MESSAGES = {
  signedOut: ACTION_MESSAGES.signedOut,
  forbidden: ACTION_MESSAGES.forbidden,
  unexpected: 'Something went wrong on our side and nothing was saved. Please try again.',
} as const;

/** Layer 3 of the auth checks: the action's own look at the session, whatever the page did. */
export async function adminActor(): Promise<{ ok: true; actor: Actor } | { ok: false; state: ActionState<never> }> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return { ok: false, state: errorState(auth.error === 'unauthenticated' ? ADMIN_MESSAGES.signedOut : ADMIN_MESSAGES.forbidden) };
  return { ok: true, actor: { id: auth.user.id, role: auth.user.role } };
}

/** A refused save as the editor shows it: the message, and the field it is about. */
export function saveRefusalState(reason: SaveJobRefusal): ActionState<JobField> {
  switch (reason) {
    case 'slug-taken':
      return errorState(JOB_MESSAGES.invalid, { slug: [JOB_MESSAGES.slugTaken] });
    case 'taxonomy-missing':
      return errorState(JOB_MESSAGES.taxonomyMissing, { departmentId: [JOB_MESSAGES.taxonomyMissing], locationId: [JOB_MESSAGES.taxonomyMissing] });
    case 'conflict':
      return errorState(JOB_MESSAGES.conflict);
    case 'not-found':
      return errorState(JOB_MESSAGES.notFound);
    case 'forbidden':
      return errorState(ADMIN_MESSAGES.forbidden);
  }
}

/**
 * The create path of the New job and Import pages: authenticate, parse, save. The caller
 * revalidates and redirects (outside its try, as redirect() throws).
 */
export async function createJobFromForm(formData: FormData): Promise<{ saved: { id: number; slug: string } } | { state: JobActionState }> {
  const values = jobFormValues(formData);
  const admin = await adminActor();
  if (!admin.ok) return { state: { ...admin.state, values } };
  const parsed = jobSchema.safeParse(values);
  if (!parsed.success) return { state: { ...errorState(JOB_MESSAGES.invalid, zodFieldErrors<JobField>(parsed.error)), values } };
  try {
    const result = await createAdminJob(admin.actor, parsed.data);
    return result.ok ? { saved: result } : { state: { ...saveRefusalState(result.reason), values } };
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Creating a job failed');
    return { state: { ...errorState(ADMIN_MESSAGES.unexpected), values } };
  }
}
