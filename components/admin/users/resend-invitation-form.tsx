'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ResendInvitationState } from '@/lib/validations/user';
import { InvitationLink } from './invitation-link';
import type { FormAction } from '@/lib/action-state';

/** "Send a new link" for someone who has not set a password yet; their older links stop working. */
export function ResendInvitationForm({ action, userId, variant = 'outline' }: { action: FormAction<ResendInvitationState>; userId: string; variant?: 'default' | 'outline' }) {
  const [state, formAction, pending] = useActionState<ResendInvitationState, FormData>(action, { status: 'idle' });
  return (
    <div className="grid gap-3">
      <form action={formAction}>
        <input type="hidden" name="userId" value={userId} />
        <Button type="submit" variant={variant} aria-disabled={pending || undefined}>
          Send a new link
        </Button>
      </form>
      {state.status === 'success' && state.invitation ? (
        <InvitationLink invitation={state.invitation} title={state.message ?? 'A new link is ready.'} />
      ) : null}
      {state.status === 'error' ? <Alert variant="error">{state.message}</Alert> : null}
    </div>
  );
}
