'use client';

import { useActionState, useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { idleState, type ActionState } from '@/lib/action-state';

/** A delete button as a plain form (no JavaScript needed); a refusal is shown above it and focused. */
export function DeleteForm({ action, label }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; label: string }) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') alertRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className="grid gap-4">
      {state.status === 'error' ? (
        <div ref={alertRef} tabIndex={-1} className="focus:outline-2 focus:outline-offset-2 focus:outline-red-700">
          <Alert variant="error" title={state.message} />
        </div>
      ) : null}
      <div>
        <Button type="submit" variant="destructive" disabled={pending}>
          {label}
        </Button>
      </div>
    </form>
  );
}
