'use server';

import { previewStageEmail } from '@/db/queries/stage-emails';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { stageEmailPreviewSchema, type StageEmailPreviewResult } from '@/lib/validations/stage-move';
import { loggableError } from '@/lib/logging/loggable-error';
import { ACTION_MESSAGES } from '@/lib/actions/messages';

const UNAVAILABLE = 'The preview is not available: reload the page and try again.';

/**
 * The exact email a move with this template would queue for this applicant (the move form
 * shows it before the person presses Move). Read-only; scoped like the move itself.
 */
export async function previewStageEmailAction(applicationId: number, emailTemplate: string): Promise<StageEmailPreviewResult> {
  const auth = await authorizeAction();
  if (!auth.ok) return { status: 'error', message: ACTION_MESSAGES.signedOut };
  const parsed = stageEmailPreviewSchema.safeParse({ applicationId, emailTemplate });
  if (!parsed.success) return { status: 'error', message: UNAVAILABLE };
  try {
    const email = await previewStageEmail(auth.user, parsed.data.applicationId, parsed.data.emailTemplate);
    if (!email) return { status: 'error', message: UNAVAILABLE };
    return { status: 'success', email: { to: email.to, subject: email.subject, text: email.text } };
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Stage email preview failed');
    return { status: 'error', message: UNAVAILABLE };
  }
}
