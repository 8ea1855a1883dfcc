'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { idleState } from '@/lib/action-state';
import type { InterviewFormState } from '@/lib/interviews/form-state';
import type { InterviewFormAction } from './schedule-interview-form';

export function CancelInterviewForm({ action, interviewId, label = 'Cancel the interview' }: { action: InterviewFormAction; interviewId: number; label?: string }) {
  const [state, formAction, pending] = useActionState(action, idleState as InterviewFormState);
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="interviewId" value={interviewId} />
      {state.status === 'error' ? <Alert variant="error" title={state.message} /> : null}
      <Button type="submit" variant="destructive" className="justify-self-start" aria-disabled={pending || undefined}>
        {label}
      </Button>
    </form>
  );
}
