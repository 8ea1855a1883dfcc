'use client';

import { useActionState, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { FieldMessages } from '@/components/forms/field-messages';
import { Button } from '@/components/ui/button';
import { fieldAria } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { idleState, type FormAction } from '@/lib/action-state';
import { MANUAL_ORIGINS, ORIGIN_LABELS } from '@/lib/domain/candidate-origin';
import type { ManualCandidateActionState, ManualCandidateField } from '@/lib/validations/manual-candidate';

const LABELS: Record<ManualCandidateField, string> = {
  jobId: 'Job',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone (optional)',
  origin: 'How you found them',
  referrerUserId: 'Referred by (for referrals)',
  agencyName: 'Agency (for agency candidates)',
};
const id = (field: ManualCandidateField) => `add-${field}`;

interface Choices {
  jobs: Array<{ id: number; title: string; status: string }>;
  referrers: Array<{ id: string; label: string }>;
}

/** A plain form posting the action: it works without JavaScript, and a refusal keeps what was typed. */
export function AddCandidateForm({ action, choices }: { action: FormAction<ManualCandidateActionState>; choices: Choices }) {
  const [state, formAction, pending] = useActionState<ManualCandidateActionState, FormData>(action, idleState);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const items = (Object.keys(LABELS) as ManualCandidateField[]).flatMap((field) => (errors[field] ?? []).map((message) => ({ targetId: field === 'origin' ? `${id('origin')}-${MANUAL_ORIGINS[0]}` : id(field), label: LABELS[field], message })));

  const text = (field: ManualCandidateField, props: { type?: string; autoComplete?: string } = {}): ReactNode => (
    <div className="grid gap-1.5">
      <Label htmlFor={id(field)}>{LABELS[field]}</Label>
      <Input id={id(field)} name={field} defaultValue={values[field]} {...props} {...fieldAria(id(field), { error: errors[field] })} />
      <FieldMessages id={id(field)} messages={errors[field]} />
    </div>
  );

  return (
    // Keyed by the answer: React resets a form after its action, so the echoed values are re-applied.
    <form key={JSON.stringify(values)} action={formAction} className="grid gap-5" noValidate>
      {state.status === 'error' ? <ErrorSummary title={state.message} items={items} /> : null}
      <div className="grid gap-1.5">
        <Label htmlFor={id('jobId')}>{LABELS.jobId}</Label>
        <NativeSelect id={id('jobId')} name="jobId" defaultValue={values.jobId ?? ''} {...fieldAria(id('jobId'), { error: errors.jobId })}>
          <option value="">Choose a job</option>
          {choices.jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {job.title}
              {job.status === 'draft' ? ' (draft)' : ''}
            </option>
          ))}
        </NativeSelect>
        <FieldMessages id={id('jobId')} messages={errors.jobId} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        {text('firstName', { autoComplete: 'off' })}
        {text('lastName', { autoComplete: 'off' })}
        {text('email', { type: 'email', autoComplete: 'off' })}
        {text('phone', { type: 'tel', autoComplete: 'off' })}
      </div>
      <fieldset className="grid gap-2" aria-describedby={errors.origin ? `${id('origin')}-error` : undefined}>
        <legend className="mb-1 text-sm font-medium text-gray-900">{LABELS.origin}</legend>
        {MANUAL_ORIGINS.map((origin) => (
          <label key={origin} className="flex items-center gap-2 text-sm text-gray-900">
            <input type="radio" id={`${id('origin')}-${origin}`} name="origin" value={origin} defaultChecked={values.origin === origin} className="size-4 accent-[var(--accent)]" />
            {ORIGIN_LABELS[origin]}
          </label>
        ))}
        <FieldMessages id={id('origin')} messages={errors.origin} />
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <div className="grid gap-1.5">
          <Label htmlFor={id('referrerUserId')}>{LABELS.referrerUserId}</Label>
          <NativeSelect id={id('referrerUserId')} name="referrerUserId" defaultValue={values.referrerUserId ?? ''} {...fieldAria(id('referrerUserId'), { error: errors.referrerUserId })}>
            <option value="">No one</option>
            {choices.referrers.map((referrer) => (
              <option key={referrer.id} value={referrer.id}>
                {referrer.label}
              </option>
            ))}
          </NativeSelect>
          <FieldMessages id={id('referrerUserId')} messages={errors.referrerUserId} />
        </div>
        {text('agencyName', { autoComplete: 'off' })}
      </div>
      <Button type="submit" className="justify-self-start" disabled={pending}>
        Add candidate
      </Button>
    </form>
  );
}
