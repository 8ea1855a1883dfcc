import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { Actor } from '@/db/queries/access';
import { saveQuestionSet } from '@/db/queries/questions';
import { errorState } from '@/lib/action-state';
import { questionListSchema, QUESTION_MESSAGES, type QuestionBuilderState } from '@/lib/validations/question';
import { applyIntent, type QuestionForm } from './form-data';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { zodFieldErrors } from '@/lib/actions/field-errors';

export const SAVE_MESSAGES = {
  forbidden: ACTION_MESSAGES.forbidden,
  notFound: 'This job no longer exists, so its questions could not be saved.',
  unchanged: 'Nothing to save: the questions are as they were.',
} as const;

export interface QuestionFormOutcome {
  state: QuestionBuilderState;
  /** Set when a new definition was written: what to revalidate and where to send the admin. */
  saved?: { slug: string; version: number };
}

/**
 * The builder's post without Next.js APIs (the action adds session, revalidation and redirect):
 * an add/remove/move only answers with the changed list; a save is checked, then written.
 */
export async function handleQuestionForm(actor: Actor, jobId: number, form: QuestionForm, db?: DbOrTx): Promise<QuestionFormOutcome> {
  const echo = { drafts: form.drafts, questionSetId: form.questionSetId };
  if (form.intent.type !== 'save') return { state: { status: 'idle', ...echo, drafts: applyIntent(form.drafts, form.intent) } };

  const parsed = questionListSchema.safeParse(form.drafts);
  if (!parsed.success) return { state: { ...errorState(QUESTION_MESSAGES.invalid, zodFieldErrors(parsed.error, { nested: 'questions' })), ...echo } };

  const result = await saveQuestionSet(actor, { jobId, loadedQuestionSetId: form.questionSetId, questions: parsed.data }, db);
  if (!result.ok) {
    const message = result.reason === 'stale' ? QUESTION_MESSAGES.stale : result.reason === 'forbidden' ? SAVE_MESSAGES.forbidden : SAVE_MESSAGES.notFound;
    return { state: { ...errorState(message), ...echo } };
  }
  if (!result.changed) return { state: { status: 'success', message: SAVE_MESSAGES.unchanged, ...echo } };
  return { state: { status: 'success' }, saved: { slug: result.slug, version: result.version } };
}
