'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import { idleState } from '@/lib/action-state';
import type { InterviewFormState } from '@/lib/interviews/form-state';
import { INTERVIEW_LIMITS } from '@/lib/validations/interview';
import { InterviewTimeFields, type TeamMemberOption } from './interview-time-fields';

const NOTES_HINT = 'Only the interviewers see these, never the candidate.';

export type InterviewFormAction = (previous: InterviewFormState, formData: FormData) => Promise<InterviewFormState>;

export interface ScheduleInterviewFormProps {
  action: InterviewFormAction;
  /** Hidden fields naming what is scheduled (applicationId, or interviewId when rescheduling). */
  hidden: Record<string, string | number>;
  kinds?: Array<{ id: number; name: string }>;
  team: TeamMemberOption[];
  timeZone: string;
  submitLabel: string;
  /** What the form starts with (the interview being moved). */
  initial?: Record<string, string | string[]>;
  showNotes?: boolean;
}

/** Schedules (or moves) an interview. A plain form posting a server action: works without JavaScript. */
export function ScheduleInterviewForm({ action, hidden, kinds, team, timeZone, submitLabel, initial = {}, showNotes = true }: ScheduleInterviewFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState as InterviewFormState);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = state.status === 'error' && state.values ? state.values : initial;
  const notes = typeof values.interviewerNotes === 'string' ? values.interviewerNotes : undefined;
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === 'error' ? <Alert variant="error" title={state.message} /> : null}
      {kinds ? (
        <FormField id="interview-kind" label="Kind of interview" error={errors.interviewKindId} required>
          <NativeSelect id="interview-kind" name="interviewKindId" defaultValue={typeof values.interviewKindId === 'string' ? values.interviewKindId : undefined} {...fieldAria('interview-kind', { error: errors.interviewKindId })}>
            {kinds.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kind.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      ) : null}
      <InterviewTimeFields idPrefix="interview" team={team} timeZone={timeZone} errors={errors} values={values} />
      {showNotes ? (
        <FormField id="interview-notes" label="Notes for interviewers" description={NOTES_HINT} error={errors.interviewerNotes}>
          <Textarea id="interview-notes" name="interviewerNotes" rows={3} maxLength={INTERVIEW_LIMITS.notes} defaultValue={notes} {...fieldAria('interview-notes', { error: errors.interviewerNotes, description: NOTES_HINT })} />
        </FormField>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" aria-disabled={pending || undefined}>
          {submitLabel}
        </Button>
        <p role="status" className="text-sm text-gray-700 empty:hidden">
          {pending ? 'Saving…' : state.status === 'success' ? state.message : ''}
        </p>
      </div>
    </form>
  );
}
