'use server';

import { revalidatePath } from 'next/cache';
import { updateNotificationPreference } from '@/db/queries/notifications';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { notificationPreferenceSchema } from '@/lib/validations/notification-preference';
import { userIdField } from '@/lib/validations/user';
import { loggableError } from '@/lib/logging/loggable-error';
import { authorizationMessage } from '@/lib/actions/messages';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const schema = notificationPreferenceSchema.extend({ userId: userIdField });

/** An admin sets another user's new-application emails (each user can also do it at /dashboard/settings). */
export async function setUserNotificationPreferenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return errorState(authorizationMessage(auth.error));
  const parsed = schema.safeParse({ userId: formData.get('userId'), notificationPreference: formData.get('notificationPreference') });
  if (!parsed.success) return errorState('Nothing was saved.', zodFieldErrors(parsed.error));
  let result: { found: boolean; changed: boolean };
  try {
    result = await updateNotificationPreference(auth.user, parsed.data.notificationPreference, undefined, parsed.data.userId);
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'setUserNotificationPreferenceAction failed');
    return errorState('Something went wrong on our side and nothing was saved. Please try again.');
  }
  if (!result.found) return errorState('This user does not exist.');
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return { status: 'success', message: result.changed ? 'Email preference saved.' : 'Nothing had changed, so nothing was saved.' };
}
