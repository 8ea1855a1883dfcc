import 'server-only';
import type { Actor } from '@/db/queries/access';
import { getCandidateEmailContext, type CandidateEmailContext } from '@/db/queries/candidate-email';
import { inTransaction } from '@/db/queries/transaction';
import type { DbOrTx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { enqueueEmail } from '@/lib/mail/outbox';
import { renderTemplate, templateValues, type RenderedEmail } from '@/lib/domain/template-render';
import { CANDIDATE_EMAIL_MESSAGES, type CandidateEmailInput } from '@/lib/validations/candidate-email';

export type CandidateEmailOutcome =
  | { ok: true; applicationId: number; to: string; rendered: RenderedEmail; queued: boolean }
  | { ok: false; message: string };

function render(context: CandidateEmailContext, input: Pick<CandidateEmailInput, 'subject' | 'body'>): RenderedEmail {
  return renderTemplate({ subject: input.subject, body: input.body }, templateValues(context));
}

/**
 * Previews, or queues through the outbox, a message to the candidate of an application the
 * actor may see, with the job's (or company's) Reply-To. Keyed by the form's one-time token, so
 * a double submit sends once. The audit entry names the application, never the text.
 */
export async function sendCandidateEmail(actor: Actor, input: CandidateEmailInput, conn?: DbOrTx): Promise<CandidateEmailOutcome> {
  return inTransaction(async (tx) => {
    const context = await getCandidateEmailContext(actor, input.applicationId, tx);
    if (!context) return { ok: false, message: CANDIDATE_EMAIL_MESSAGES.notFound };
    if (context.purged) return { ok: false, message: CANDIDATE_EMAIL_MESSAGES.purged };
    const rendered = render(context, input);
    if (input.intent === 'preview') return { ok: true, applicationId: context.applicationId, to: context.email, rendered, queued: false };
    const { enqueued } = await enqueueEmail(tx, {
      kind: 'candidate-message',
      dedupeKey: `candidate-message:${context.applicationId}:${input.formToken}`,
      to: context.email,
      ...rendered,
      replyTo: context.replyTo,
      about: { applicationIds: [context.applicationId], audience: 'candidate' },
    });
    if (enqueued) await recordAudit(tx, { actor, action: 'application.emailed', entityType: 'application', entityId: context.applicationId, after: { formToken: input.formToken } });
    return { ok: true, applicationId: context.applicationId, to: context.email, rendered, queued: enqueued };
  }, conn);
}
