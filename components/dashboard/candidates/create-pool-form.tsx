'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { fieldAria } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { FormMessages } from '@/components/dashboard/applicant/form-messages';
import { idleState, type FormAction } from '@/lib/action-state';
import { POOL_NAME_MAX_LENGTH, type PoolNameActionState } from '@/lib/validations/talent-pool';

const FIELD_ID = 'pool-name';

/** Starts a pool. A plain form: it works without JavaScript. */
export function CreatePoolForm({ action }: { action: FormAction<PoolNameActionState> }) {
  const [state, formAction, pending] = useActionState<PoolNameActionState, FormData>(action, idleState);
  const error = state.status === 'error' ? state.fieldErrors?.name : undefined;
  return (
    <form action={formAction} className="grid gap-2 rounded-lg border border-gray-200 bg-white p-4" noValidate>
      <Label htmlFor={FIELD_ID}>New pool’s name</Label>
      <div className="flex gap-2">
        <Input id={FIELD_ID} name="name" maxLength={POOL_NAME_MAX_LENGTH} autoComplete="off" defaultValue={state.status === 'error' ? state.name : undefined} {...fieldAria(FIELD_ID, { error })} />
        <Button type="submit" disabled={pending}>
          Create pool
        </Button>
      </div>
      <FormMessages id={FIELD_ID} state={state} fieldErrors={error} />
    </form>
  );
}
