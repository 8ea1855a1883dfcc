'use client';

import { useActionState } from 'react';
import { setUserActiveAction } from '@/app/admin/users/actions';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { ActionMessage } from './action-message';

/** Deactivate or reactivate: either way the user's sessions end on their next request. */
export function UserStatusForm({ userId, active }: { userId: string; active: boolean }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setUserActiveAction, { status: 'idle' });
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
