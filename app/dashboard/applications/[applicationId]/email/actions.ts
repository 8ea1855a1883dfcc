'use server';

import { revalidatePath } from 'next/cache';
import type { ActionState } from '@/lib/action-state';
import { refuse, runAction } from '@/lib/actions/run-action';
import { sendCandidateEmail } from '@/lib/candidate-email/send';
import { candidateEmailSchema, type CandidateEmailField } from '@/lib/validations/candidate-email';

type CandidateEmailExtras = {
  values?: { subject: string; body: string };
  preview?: { to: string; subject: string; text: string };
};
export type CandidateEmailState = ActionState<CandidateEmailField> & CandidateEmailExtras;

/** "Preview" shows the exact email for this candidate; "Send" queues it in the outbox. */
export async function candidateEmailAction(_previous: CandidateEmailState, formData: FormData): Promise<CandidateEmailState> {
  const values = { subject: String(formData.get('subject') ?? ''), body: String(formData.get('body') ?? '') };
  const echo: CandidateEmailExtras = { values };
  return runAction({
    name: 'candidateEmailAction',
    input: { applicationId: formData.get('applicationId'), formToken: formData.get('formToken'), intent: formData.get('intent') ?? undefined, ...values },
    schema: candidateEmailSchema,
    fields: ['subject', 'body'] satisfies CandidateEmailField[],
    invalid: 'Nothing was sent. Check the fields marked.',
    echo,
    unexpected: 'Something went wrong on our side and nothing was sent. Please try again.',
    act: async (actor, input) => {
      const outcome = await sendCandidateEmail(actor, input);
      return outcome.ok ? outcome : refuse(outcome.message);
    },
    answer: (outcome, input) => {
      const preview = { to: outcome.to, subject: outcome.rendered.subject, text: outcome.rendered.text };
      if (input.intent === 'preview') return { status: 'idle', values, preview };
      revalidatePath(`/dashboard/applications/${outcome.applicationId}`);
      return { status: 'success', message: outcome.queued ? `Email to ${outcome.to} queued.` : 'This email was already sent.', preview };
    },
  });
}
