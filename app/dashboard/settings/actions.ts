'use server';

import { revalidatePath } from 'next/cache';
import { updateNotificationPreference } from '@/db/queries/notifications';
import type { ActionState } from '@/lib/action-state';
import { runAction } from '@/lib/actions/run-action';
import { NOTIFICATION_PREFERENCE_LABELS } from '@/lib/domain/notification-preferences';
import { notificationPreferenceSchema, type NotificationPreferenceField } from '@/lib/validations/notification-preference';

/** Each user sets their own preference; there is no user id in the form to tamper with. */
export async function updateNotificationPreferenceAction(
  _previous: ActionState<NotificationPreferenceField>,
  formData: FormData,
): Promise<ActionState<NotificationPreferenceField>> {
  return runAction({
    name: 'updateNotificationPreferenceAction',
    input: { notificationPreference: formData.get('notificationPreference') },
    schema: notificationPreferenceSchema,
    fields: ['notificationPreference'] satisfies NotificationPreferenceField[],
    invalid: 'Nothing was saved.',
    act: async (_actor, input, user) => (await updateNotificationPreference(user, input.notificationPreference)).changed,
    answer: (changed, input) => {
      revalidatePath('/dashboard/settings');
      const label = NOTIFICATION_PREFERENCE_LABELS[input.notificationPreference].split(':')[0];
      return { status: 'success', message: changed ? `Saved. New applications: ${label}.` : 'Nothing had changed, so nothing was saved.' };
    },
  });
}
