'use server';

import { revalidatePath } from 'next/cache';
import { updateNotificationPreference } from '@/db/queries/notifications';
import type { ActionState } from '@/lib/action-state';
import { refuse, runAction } from '@/lib/actions/run-action';
import { notificationPreferenceSchema } from '@/lib/validations/notification-preference';
import { userIdField } from '@/lib/validations/user';

const schema = notificationPreferenceSchema.extend({ userId: userIdField });

/** An admin sets another user's new-application emails (each user can also do it at /dashboard/settings). */
export async function setUserNotificationPreferenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({
    name: 'setUserNotificationPreferenceAction',
    role: 'admin',
    input: { userId: formData.get('userId'), notificationPreference: formData.get('notificationPreference') },
    schema,
    fields: ['userId', 'notificationPreference'] as const,
    invalid: 'Nothing was saved.',
    act: async (actor, input) => {
      const result = await updateNotificationPreference(actor, input.notificationPreference, undefined, input.userId);
      return result.found ? result.changed : refuse('This user does not exist.');
    },
    answer: (changed, input) => {
      revalidatePath(`/admin/users/${input.userId}`);
      return { status: 'success', message: changed ? 'Email preference saved.' : 'Nothing had changed, so nothing was saved.' };
    },
  });
}
