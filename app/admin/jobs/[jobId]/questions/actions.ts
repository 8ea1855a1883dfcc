'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { errorState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';
import { revalidatePublicJobs } from '@/lib/revalidate-jobs';
import type { QuestionBuilderState } from '@/lib/validations/question';
import { readQuestionForm } from './form-data';
import { handleQuestionForm, SAVE_MESSAGES, type QuestionFormOutcome } from './save-questions';
import { ACTION_MESSAGES, authorizationMessage } from '@/lib/actions/messages';

/**
 * The question builder's one action: "Save questions" writes a new definition; "Add question",
 * "Remove", "Move up" and "Move down" (posted as `intent` when JavaScript is off) only answer
 * with the changed list. `jobId` is bound by the server page. Not on runAction: the form is read
 * and checked by handleQuestionForm, which answers every intent with its own state.
 */
export async function saveQuestionsAction(jobId: number, _previous: QuestionBuilderState, formData: FormData): Promise<QuestionBuilderState> {
  const auth = await authorizeAction('admin');
  const form = readQuestionForm(formData);
  const echo = { drafts: form.drafts, questionSetId: form.questionSetId };
  if (!auth.ok) return { ...errorState(authorizationMessage(auth.error)), ...echo };
  if (!Number.isSafeInteger(jobId) || jobId <= 0) return { ...errorState(SAVE_MESSAGES.notFound), ...echo };

  let outcome: QuestionFormOutcome;
  try {
    outcome = await handleQuestionForm({ id: auth.user.id, role: auth.user.role }, jobId, form);
  } catch (error) {
    logger.error({ err: loggableError(error), jobId }, 'saveQuestionsAction failed');
    return { ...errorState(ACTION_MESSAGES.unexpected), ...echo };
  }
  if (!outcome.saved) return outcome.state;

  // The apply form reads the current set per request; this refreshes the cached job pages around it.
  revalidatePublicJobs(outcome.saved.slug);
  const path = `/admin/jobs/${jobId}/questions`;
  revalidatePath(path);
  // Post/redirect/get: reloading the page afterwards must not post the old version again.
  redirect(`${path}?saved=${outcome.saved.version}`);
}
