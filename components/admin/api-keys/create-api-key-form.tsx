'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { idleState } from '@/lib/action-state';
import type { CreateApiKeyState } from '@/lib/validations/api-key';

type Action = (state: CreateApiKeyState, formData: FormData) => Promise<CreateApiKeyState>;

/** Names a new key; on success shows its token once, in a read-only field to copy from. */
export function CreateApiKeyForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState as CreateApiKeyState);
  const nameErrors = state.status === 'error' ? state.fieldErrors?.name : undefined;
  return (
    <div className="grid gap-4">
      {state.status === 'success' && state.token ? (
        <Alert variant="success">
          <div className="grid gap-2">
            <p>{state.message}</p>
            <label htmlFor="new-api-key" className="font-medium">
              Key for {state.name}
            </label>
            <Input id="new-api-key" readOnly value={state.token} className="font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
          </div>
        </Alert>
      ) : null}
      {state.status === 'error' ? <Alert variant="error">{state.message}</Alert> : null}
      <form action={formAction} className="grid gap-4">
        <FormField id="api-key-name" label="Name" required error={nameErrors} description="Who or what uses it, e.g. “Partner job widget”.">
          <Input id="api-key-name" name="name" type="text" autoComplete="off" required maxLength={100} {...fieldAria('api-key-name', { error: nameErrors, description: true })} />
        </FormField>
        <div>
          <Button type="submit" disabled={pending}>
            Create key
          </Button>
        </div>
      </form>
    </div>
  );
}
