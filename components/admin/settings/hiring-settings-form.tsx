'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { idleState, type ActionState } from '@/lib/action-state';
import type { HiringSettingsField } from '@/lib/validations/hiring-settings';

type HiringSettingsAction = (previous: ActionState<HiringSettingsField>, formData: FormData) => Promise<ActionState<HiringSettingsField>>;

export function HiringSettingsForm({ action, settings, zones }: { action: HiringSettingsAction; settings: { timeZone: string; replyToEmail: string | null; teamsEditStages: boolean; eeoEnabled: boolean }; zones: string[] }) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<HiringSettingsField>);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const zoneHint = 'For candidates whose browser does not say, and for users who have not chosen their own.';
  const replyHint = 'Candidates’ replies to interview and other emails go here; a job may name its own.';
  return (
    <form action={formAction} className="grid gap-4 rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
      <h2 className="text-lg font-semibold text-gray-900">Interviews and candidate emails</h2>
      <FormField id="company-time-zone" label="Company time zone" description={zoneHint} error={errors.timeZone} required>
        <NativeSelect id="company-time-zone" name="timeZone" defaultValue={settings.timeZone} {...fieldAria('company-time-zone', { error: errors.timeZone, description: zoneHint })}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="reply-to" label="Reply-To address" description={replyHint} error={errors.replyToEmail}>
        <Input id="reply-to" name="replyToEmail" type="email" defaultValue={settings.replyToEmail ?? ''} {...fieldAria('reply-to', { error: errors.replyToEmail, description: replyHint })} />
      </FormField>
      <div className="flex min-h-11 items-center gap-3">
        <input type="checkbox" id="teams-edit-stages" name="teamsEditStages" defaultChecked={settings.teamsEditStages} className="size-5 accent-accent" />
        <label htmlFor="teams-edit-stages" className="text-sm text-gray-900">
          Hiring teams may edit their jobs’ stages (admins always may)
        </label>
      </div>
      <div className="flex min-h-11 items-center gap-3">
        <input type="checkbox" id="eeo-enabled" name="eeoEnabled" defaultChecked={settings.eeoEnabled} className="size-5 accent-accent" />
        <label htmlFor="eeo-enabled" className="text-sm text-gray-900">
          Offer candidates the US voluntary self-identification questions (EEO) on their status page
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" aria-disabled={pending || undefined}>
          Save hiring settings
        </Button>
        <p role="status" className="text-sm text-gray-700 empty:hidden">
          {state.status === 'success' ? state.message : ''}
        </p>
      </div>
      {state.status === 'error' ? <Alert variant="error">{state.message}</Alert> : null}
    </form>
  );
}
