'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionState, FormAction } from '@/lib/action-state';
import { ActionMessage } from './action-message';

/** Deactivate or reactivate: either way the user's sessions end on their next request. */
export function UserStatusForm({ action, userId, active }: { action: FormAction<ActionState>; userId: string; active: boolean }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, { status: 'idle' });
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <div>
        <Button type="submit" variant={active ? 'destructive' : 'outline'} aria-disabled={pending || undefined}>
          {active ? 'Deactivate' : 'Reactivate'}
        </Button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
