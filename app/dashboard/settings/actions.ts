'use server';

import { revalidatePath } from 'next/cache';
import { updateNotificationPreference } from '@/db/queries/notifications';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { NOTIFICATION_PREFERENCE_LABELS } from '@/lib/domain/notification-preferences';
import { notificationPreferenceSchema, type NotificationPreferenceField } from '@/lib/validations/notification-preference';
import { loggableError } from '@/lib/logging/loggable-error';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { zodFieldErrors } from '@/lib/actions/field-errors';

/** Each user sets their own preference; there is no user id in the form to tamper with. */
export async function updateNotificationPreferenceAction(
  _previous: ActionState<NotificationPreferenceField>,
  formData: FormData,
): Promise<ActionState<NotificationPreferenceField>> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(ACTION_MESSAGES.signedOut);
  const parsed = notificationPreferenceSchema.safeParse({ notificationPreference: formData.get('notificationPreference') });
  if (!parsed.success) return errorState('Nothing was saved.', zodFieldErrors(parsed.error));
  let changed: boolean;
  try {
    ({ changed } = await updateNotificationPreference(auth.user, parsed.data.notificationPreference));
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'updateNotificationPreferenceAction failed');
    return errorState('Something went wrong on our side and nothing was saved. Please try again.');
  }
  revalidatePath('/dashboard/settings');
  const label = NOTIFICATION_PREFERENCE_LABELS[parsed.data.notificationPreference].split(':')[0];
  return { status: 'success', message: changed ? `Saved. New applications: ${label}.` : 'Nothing had changed, so nothing was saved.' };
}
