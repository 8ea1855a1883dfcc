'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { idleState, type ActionState } from '@/lib/action-state';

type ReplyToAction = (previous: ActionState<'replyToEmail'>, formData: FormData) => Promise<ActionState<'replyToEmail'>>;

export function JobReplyToForm({ action, jobId, replyTo, companyReplyTo }: { action: ReplyToAction; jobId: number; replyTo: string | null; companyReplyTo: string | null }) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<'replyToEmail'>);
  const errors = state.status === 'error' ? state.fieldErrors?.replyToEmail : undefined;
  const hint = `Replies to this job’s candidate emails go here. Empty: the company’s (${companyReplyTo ?? 'the sender address'}).`;
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="jobId" value={jobId} />
      <FormField id="job-reply-to" label="Reply-To for this job" description={hint} error={errors}>
        <Input id="job-reply-to" name="replyToEmail" type="email" defaultValue={replyTo ?? ''} {...fieldAria('job-reply-to', { error: errors, description: hint })} />
      </FormField>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="outline" aria-disabled={pending || undefined}>
          Save Reply-To
        </Button>
        <p role="status" className="text-sm text-gray-700 empty:hidden">
          {state.status === 'success' ? state.message : state.status === 'error' && !errors ? state.message : ''}
        </p>
      </div>
    </form>
  );
}
