'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { ActionState, FormAction } from '@/lib/action-state';
import { NOTIFICATION_PREFERENCE_LABELS, NOTIFICATION_PREFERENCES, type NotificationPreference } from '@/lib/domain/notification-preferences';
import { ActionMessage } from './action-message';

export function NotificationPreferenceAdminForm({ action, userId, preference }: { action: FormAction<ActionState>; userId: string; preference: NotificationPreference }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, { status: 'idle' });
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="grid gap-2">
        <Label htmlFor="notificationPreference">New-application emails</Label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <NativeSelect id="notificationPreference" name="notificationPreference" defaultValue={preference} wrapperClassName="sm:max-w-md">
            {NOTIFICATION_PREFERENCES.map((value) => (
              <option key={value} value={value}>
                {NOTIFICATION_PREFERENCE_LABELS[value]}
              </option>
            ))}
          </NativeSelect>
          <Button type="submit" variant="outline" aria-disabled={pending || undefined}>
            Save
          </Button>
        </div>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
