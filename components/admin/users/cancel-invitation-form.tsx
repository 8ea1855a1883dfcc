'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState, FormAction } from '@/lib/action-state';

/** "Cancel invitation": for a link sent to the wrong address, or a hire that fell through. */
export function CancelInvitationForm({ action, userId }: { action: FormAction<ActionState>; userId: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, { status: 'idle' });
  return (
    <div className="grid gap-3">
      <form action={formAction}>
        <input type="hidden" name="userId" value={userId} />
        <Button type="submit" variant="outline" aria-disabled={pending || undefined}>
          Cancel invitation
        </Button>
      </form>
      {state.status === 'success' ? <Alert variant="success">{state.message}</Alert> : null}
      {state.status === 'error' ? <Alert variant="error">{state.message}</Alert> : null}
    </div>
  );
}
