'use client';

import { useActionState, useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { signInAction } from './actions';
import { FieldErrors } from './field-errors';
import type { SignInState } from './state';

const FIELDS = [
  { name: 'email', label: 'Email' },
  { name: 'password', label: 'Password' },
] as const;

/** Email + password. A plain form posting a server action, so it works before (or without) JavaScript. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { status: 'idle' });
  const summary = useRef<HTMLDivElement>(null);
  const fieldErrors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  // After a refused attempt, move focus to the summary so it is read out and the form is one Tab away.
  useEffect(() => {
    if (state.status === 'error') summary.current?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate className="grid gap-5">
      {state.status === 'error' ? (
        <div ref={summary} tabIndex={-1} className="rounded-lg focus:outline-2 focus:outline-offset-2 focus:outline-red-700">
          <Alert variant="error" title={state.message}>
            {Object.keys(fieldErrors).length > 0 ? (
              <ul className="mt-1 grid list-disc gap-1 pl-5">
                {FIELDS.flatMap(({ name, label }) =>
                  (fieldErrors[name] ?? []).map((message) => (
                    <li key={`${name}-${message}`}>
                      <a href={`#${name}`}>
                        {label}: {message}
                      </a>
                    </li>
                  )),
                )}
              </ul>
            ) : null}
          </Alert>
        </div>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="grid gap-2">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          required
          defaultValue={state.email}
          {...fieldAria('email', { error: fieldErrors.email })}
        />
        <FieldErrors id="email" errors={fieldErrors.email} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">Password</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          {...fieldAria('password', { error: fieldErrors.password })}
        />
        <FieldErrors id="password" errors={fieldErrors.password} />
      </div>
      <Button type="submit" className="w-full" aria-disabled={pending || undefined}>
        Sign in
      </Button>
    </form>
  );
}
