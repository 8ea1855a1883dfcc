import { z } from 'zod';
import { blankDraft, draftSchema, moveItem, QUESTION_LIMITS, type QuestionDraft } from '@/lib/validations/question';

// Reads the builder's one form. Without JavaScript every button posts the whole list, and the
// button pressed (name="intent") says what to do with it: save, or add/remove/move a question.

export type BuilderIntent = { type: 'save' } | { type: 'add' } | { type: 'remove' | 'up' | 'down'; index: number };

export interface QuestionForm {
  intent: BuilderIntent;
  /** The question set the form was loaded from (null when the job had none). */
  questionSetId: number | null;
  drafts: QuestionDraft[];
}

const FIELD_NAME = /^questions\[(\d{1,3})\]\[(key|kind|label|helpText|required|options)\]$/;
// More than the save limit, so an over-long list is refused with a message rather than cut silently.
const MAX_DRAFTS = QUESTION_LIMITS.questions + 10;

const intentSchema = z
  .string()
  .regex(/^(save|add|(remove|up|down):\d{1,3})$/)
  .transform((value): BuilderIntent => {
    const [type, index] = value.split(':');
    if (type === 'add') return { type: 'add' };
    if (type === 'remove' || type === 'up' || type === 'down') return { type, index: Number(index) };
    return { type: 'save' };
  })
  // Enter in a text field submits without a button name: that is a save.
  .catch({ type: 'save' });

const setIdSchema = z.preprocess(
  (value) => (value === '' || value === null ? null : value),
  z.coerce.number().int().positive().max(2_147_483_647).nullable(),
);

export function readQuestionForm(formData: FormData): QuestionForm {
  const rows = new Map<number, Record<string, FormDataEntryValue>>();
  for (const [name, value] of formData.entries()) {
    const match = FIELD_NAME.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2] as string] = value;
    rows.set(index, row);
  }
  const drafts = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .slice(0, MAX_DRAFTS)
    .map(([, row]) => draftSchema.parse(row));
  const setId = setIdSchema.safeParse(formData.get('questionSetId'));
  return {
    intent: intentSchema.parse(formData.get('intent')),
    // An unreadable id can match no set, so the save is refused as stale rather than guessed at.
    questionSetId: setId.success ? setId.data : -1,
    drafts,
  };
}

/** The list after an add, remove or move posted without JavaScript. */
export function applyIntent(drafts: readonly QuestionDraft[], intent: Exclude<BuilderIntent, { type: 'save' }>): QuestionDraft[] {
  switch (intent.type) {
    case 'add':
      return drafts.length >= QUESTION_LIMITS.questions ? [...drafts] : [...drafts, blankDraft()];
    case 'remove':
      return drafts.filter((_, index) => index !== intent.index);
    case 'up':
      return moveItem(drafts, intent.index, intent.index - 1);
    case 'down':
      return moveItem(drafts, intent.index, intent.index + 1);
  }
}
