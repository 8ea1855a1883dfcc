'use client';

import Link from 'next/link';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm, type FieldInfo } from '@/components/forms/use-server-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { PASSWORD_MIN_LENGTH, setPasswordSchema, type SetPasswordField } from '@/lib/validations/user';
import { setPasswordAction } from './actions';
import type { SetPasswordState } from './state';

const FIELDS: readonly FieldInfo<SetPasswordField>[] = [
  { name: 'password', label: 'New password' },
  { name: 'confirmPassword', label: 'Confirm password' },
];

const PASSWORD_HELP = `At least ${PASSWORD_MIN_LENGTH} characters, and not your email address. A short sentence is easy to remember.`;

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const { state, form, formAction, onSubmit, errorsFor, pending, summary, summaryRef } = useActionForm<SetPasswordField, SetPasswordState>({
    action: setPasswordAction,
    initialState: { status: 'idle' },
    schema: setPasswordSchema,
    fields: FIELDS,
    defaultValues: { token, email, password: '', confirmPassword: '' },
  });

  if (state.status === 'error' && state.link) {
    return (
      <div className="grid gap-4">
        <Alert variant="error">{state.message}</Alert>
        <Link href="/sign-in" className="text-sm font-medium text-gray-900 underline underline-offset-4">
          Go to sign in
        </Link>
      </div>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      {summary ? <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} /> : null}
      <input type="hidden" {...form.register('token')} />
      <input type="hidden" {...form.register('email')} />
      {/* Visible and marked as the username, so password managers store the new password under it. */}
      <div className="grid gap-2">
        <Label htmlFor="username">Email</Label>
        <Input id="username" type="email" autoComplete="username" value={email} readOnly className="bg-gray-50" />
      </div>
      <FormField id="password" label="New password" required description={PASSWORD_HELP} error={errorsFor('password')}>
        <Input
          id="password"
          type="password"
          autoComplete="new-password"
          {...form.register('password')}
          {...fieldAria('password', { error: errorsFor('password'), description: PASSWORD_HELP })}
        />
      </FormField>
      <FormField id="confirmPassword" label="Confirm password" required error={errorsFor('confirmPassword')}>
        <Input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          {...form.register('confirmPassword')}
          {...fieldAria('confirmPassword', { error: errorsFor('confirmPassword') })}
        />
      </FormField>
      <Button type="submit" className="w-full" aria-disabled={pending || undefined}>
        Set password
      </Button>
    </form>
  );
}
