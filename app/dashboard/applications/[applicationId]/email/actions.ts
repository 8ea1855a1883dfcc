'use server';

import { revalidatePath } from 'next/cache';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { sendCandidateEmail } from '@/lib/candidate-email/send';
import { logger } from '@/lib/logger';
import { candidateEmailSchema, type CandidateEmailField } from '@/lib/validations/candidate-email';
import { loggableError } from '@/lib/logging/loggable-error';
import { parseFailure } from '@/lib/actions/field-errors';
import { ACTION_MESSAGES } from '@/lib/actions/messages';

export type CandidateEmailState = ActionState<CandidateEmailField> & {
  values?: { subject: string; body: string };
  preview?: { to: string; subject: string; text: string };
};

/** "Preview" shows the exact email for this candidate; "Send" queues it in the outbox. */
export async function candidateEmailAction(_previous: CandidateEmailState, formData: FormData): Promise<CandidateEmailState> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(ACTION_MESSAGES.signedOut);
  const values = { subject: String(formData.get('subject') ?? ''), body: String(formData.get('body') ?? '') };
  const parsed = candidateEmailSchema.safeParse({ applicationId: formData.get('applicationId'), formToken: formData.get('formToken'), intent: formData.get('intent') ?? undefined, ...values });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<CandidateEmailField>(parsed.error, ['subject', 'body'], 'Nothing was sent. Check the fields marked.');
    return { ...errorState(message, fieldErrors), values };
  }
  try {
    const outcome = await sendCandidateEmail(auth.user, parsed.data);
    if (!outcome.ok) return { ...errorState(outcome.message), values };
    const preview = { to: outcome.to, subject: outcome.rendered.subject, text: outcome.rendered.text };
    if (parsed.data.intent === 'preview') return { status: 'idle', values, preview };
    revalidatePath(`/dashboard/applications/${outcome.applicationId}`);
    return { status: 'success', message: outcome.queued ? `Email to ${outcome.to} queued.` : 'This email was already sent.', preview };
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'candidateEmailAction failed');
    return { ...errorState('Something went wrong on our side and nothing was sent. Please try again.'), values };
  }
}
