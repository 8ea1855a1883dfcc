'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { NativeSelect } from '@/components/ui/native-select';
import { idleState } from '@/lib/action-state';
import type { InterviewFormState } from '@/lib/interviews/form-state';
import type { InterviewFormAction } from './schedule-interview-form';

/** "Let the candidate pick a time": the kind whose offered slots the candidate chooses from. */
export function SelfScheduleForm({ action, applicationId, kinds }: { action: InterviewFormAction; applicationId: number; kinds: Array<{ id: number; name: string; openSlots: number }> }) {
  const [state, formAction, pending] = useActionState(action, idleState as InterviewFormState);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <input type="hidden" name="applicationId" value={applicationId} />
      {state.status === 'error' ? <Alert variant="error" title={state.message} /> : null}
      <FormField id="self-schedule-kind" label="Kind of interview" error={errors.interviewKindId} required>
        <NativeSelect id="self-schedule-kind" name="interviewKindId" {...fieldAria('self-schedule-kind', { error: errors.interviewKindId })}>
          {kinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.name} ({kind.openSlots} open {kind.openSlots === 1 ? 'time' : 'times'})
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <Button type="submit" variant="outline" className="justify-self-start" aria-disabled={pending || undefined}>
        Ask the candidate to pick a time
      </Button>
    </form>
  );
}
