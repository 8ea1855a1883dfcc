'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { fieldAria } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { requestMagicLinkAction } from './actions';
import { FieldErrors } from './field-errors';
import type { MagicLinkState } from './state';

/** Sign in without a password: a one-time link by email (shown only when SMTP is configured). */
export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState<MagicLinkState, FormData>(requestMagicLinkAction, { status: 'idle' });
  const errors = state.status === 'error' ? (state.fieldErrors?.email ?? (state.message ? [state.message] : [])) : undefined;
  return (
    <form action={formAction} noValidate className="grid gap-3">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="grid gap-2">
        <Label htmlFor="magic-link-email">Email for a sign-in link</Label>
        <Input
          id="magic-link-email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          defaultValue={state.email}
          {...fieldAria('magic-link-email', { error: errors })}
        />
        <FieldErrors id="magic-link-email" errors={errors} />
      </div>
      <Button type="submit" variant="outline" className="w-full" aria-disabled={pending || undefined}>
        Email me a sign-in link
      </Button>
    </form>
  );
}
