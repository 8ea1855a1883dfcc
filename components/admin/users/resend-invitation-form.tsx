'use client';

import { useActionState } from 'react';
import { resendInvitationAction } from '@/app/admin/users/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ResendInvitationState } from '@/lib/validations/user';
import { InvitationLink } from './invitation-link';

/** "Send a new link" for someone who has not set a password yet; their older links stop working. */
export function ResendInvitationForm({ userId, variant = 'outline' }: { userId: string; variant?: 'default' | 'outline' }) {
  const [state, formAction, pending] = useActionState<ResendInvitationState, FormData>(resendInvitationAction, { status: 'idle' });
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
