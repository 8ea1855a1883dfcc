'use client';

import { useActionState } from 'react';
import type { NotificationPreferenceField } from '@/lib/validations/notification-preference';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { idleState, type ActionState, type FormAction } from '@/lib/action-state';
import { NOTIFICATION_PREFERENCE_LABELS, NOTIFICATION_PREFERENCES, type NotificationPreference } from '@/lib/domain/notification-preferences';
import { FieldMessages } from '@/components/forms/field-messages';

/** Radio buttons in a plain form posting a server action: works without JavaScript. */
export function NotificationPreferenceForm({ action, current }: { action: FormAction<ActionState<NotificationPreferenceField>>; current: NotificationPreference }) {
  const [state, formAction, pending] = useActionState<ActionState<NotificationPreferenceField>, FormData>(action, idleState);
  const errors = state.status === 'error' ? state.fieldErrors?.notificationPreference : undefined;
  return (
    <form action={formAction} className="grid gap-4">
      <fieldset className="grid gap-3" aria-describedby={errors ? 'notificationPreference-error' : undefined}>
        <legend className="mb-1 text-base font-semibold text-gray-900">Emails about new applications on your jobs</legend>
        {NOTIFICATION_PREFERENCES.map((preference) => (
          <div key={preference} className="flex items-start gap-3">
            <input
              type="radio"
              id={`notification-${preference}`}
              name="notificationPreference"
              value={preference}
              defaultChecked={preference === current}
              className="mt-1 size-4 accent-accent"
            />
            <label htmlFor={`notification-${preference}`} className="text-sm text-gray-900">
              {NOTIFICATION_PREFERENCE_LABELS[preference]}
            </label>
          </div>
        ))}
        <FieldMessages id="notificationPreference" messages={errors} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" aria-disabled={pending || undefined}>
          Save
        </Button>
        <p role="status" className="text-sm text-gray-700 empty:hidden">
          {state.status === 'success' ? state.message : ''}
        </p>
      </div>
      {state.status === 'error' ? <Alert variant="error">{state.message}</Alert> : null}
    </form>
  );
}
