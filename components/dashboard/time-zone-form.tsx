'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { NativeSelect } from '@/components/ui/native-select';
import { idleState, type ActionState } from '@/lib/action-state';

type TimeZoneAction = (previous: ActionState<'timeZone'>, formData: FormData) => Promise<ActionState<'timeZone'>>;

/** The user's own time zone, or "the company's". A plain form: works without JavaScript. */
export function TimeZoneForm({ action, current, companyZone, zones }: { action: TimeZoneAction; current: string | null; companyZone: string; zones: string[] }) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<'timeZone'>);
  const errors = state.status === 'error' ? state.fieldErrors?.timeZone : undefined;
  const hint = 'Interview times in the dashboard and in your emails are shown in this zone.';
  return (
    <form action={formAction} className="grid gap-4">
      <FormField id="time-zone" label="Your time zone" description={hint} error={errors}>
        <NativeSelect id="time-zone" name="timeZone" defaultValue={current ?? ''} {...fieldAria('time-zone', { error: errors, description: hint })}>
          <option value="">The company’s ({companyZone})</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" aria-disabled={pending || undefined}>
          Save time zone
        </Button>
        <p role="status" className="text-sm text-gray-700 empty:hidden">
          {state.status === 'success' ? state.message : ''}
        </p>
      </div>
      {state.status === 'error' ? <Alert variant="error">{state.message}</Alert> : null}
    </form>
  );
}
