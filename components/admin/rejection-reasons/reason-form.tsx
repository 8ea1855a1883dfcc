'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { fieldAria } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { idleState, type ActionState } from '@/lib/action-state';

type ReasonAction = (previous: ActionState<'label'>, formData: FormData) => Promise<ActionState<'label'>>;

function Message({ state }: { state: ActionState<'label'> }) {
  if (state.status === 'idle') return null;
  return (
    <p role={state.status === 'error' ? 'alert' : 'status'} className={state.status === 'error' ? 'text-sm font-medium text-red-700' : 'text-sm text-gray-700'}>
      {state.message}
    </p>
  );
}

/** Add a reason, or rename one (with its id): a plain form, no JavaScript needed. */
export function ReasonLabelForm({ action, id, label, submitLabel, fieldLabel }: { action: ReasonAction; id?: number; label?: string; submitLabel: string; fieldLabel: string }) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<'label'>);
  const fieldId = id ? `reason-${id}` : 'new-reason';
  const errors = state.status === 'error' ? state.fieldErrors?.label : undefined;
  return (
    <form action={formAction} className="grid gap-2">
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <Label htmlFor={fieldId}>{fieldLabel}</Label>
      <div className="flex flex-wrap gap-2">
        <Input id={fieldId} name="label" defaultValue={label} maxLength={100} required className="max-w-md flex-1" {...fieldAria(fieldId, { error: errors })} />
        <Button type="submit" variant="outline" aria-disabled={pending || undefined}>
          {submitLabel}
        </Button>
      </div>
      <div id={`${fieldId}-error`}>
        <Message state={state} />
      </div>
    </form>
  );
}

/** Archive (no longer offered) or restore a reason. */
export function ReasonArchiveForm({ action, id, archived, label }: { action: ReasonAction; id: number; archived: boolean; label: string }) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<'label'>);
  return (
    <form action={formAction} className="grid gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="archived" value={archived ? 'false' : 'true'} />
      <Button type="submit" variant="ghost" size="sm" className="justify-self-start" aria-disabled={pending || undefined}>
        {archived ? 'Restore' : 'Archive'}
        <span className="sr-only"> “{label}”</span>
      </Button>
      <Message state={state} />
    </form>
  );
}
