import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { QUESTION_KINDS, type QuestionKind } from '@/lib/domain/job-enums';
import { keyFromLabel, uniqueKey, type QuestionDefinition } from '@/lib/domain/question-keys';

// Defined in lib/domain, where the question queries reach them too.
export { keyFromLabel, uniqueKey, type QuestionDefinition };

// The question builder's form and saveQuestionsAction share these definitions. Client-safe.
// What a candidate may answer is decided elsewhere, from the saved definition
// (lib/validations/application-questions.ts), so the builder only has to produce valid questions.

export const QUESTION_LIMITS = { questions: 50, label: 300, helpText: 500, options: 50, option: 200 } as const;

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  short_text: 'Short text',
  long_text: 'Long text',
  yes_no: 'Yes or no',
  single_choice: 'Single choice (pick one)',
  multiple_choice: 'Multiple choice (pick any)',
  number: 'Number',
  url: 'Web address (URL)',
  file: 'File upload (PDF, DOC or DOCX)',
};

export const QUESTION_MESSAGES = {
  label: 'Write the question',
  labelTooLong: `Keep the question to ${QUESTION_LIMITS.label} characters or fewer`,
  labelRepeated: 'Another question already asks this',
  helpTooLong: `Keep the help text to ${QUESTION_LIMITS.helpText} characters or fewer`,
  kind: 'Choose the type of answer',
  optionsMissing: 'List at least one option, one per line',
  optionsTooMany: `A question can have at most ${QUESTION_LIMITS.options} options`,
  optionTooLong: `Keep each option to ${QUESTION_LIMITS.option} characters or fewer`,
  optionRepeated: (option: string) => `“${option}” is listed more than once`,
  tooMany: `A job can have at most ${QUESTION_LIMITS.questions} questions`,
  invalid: "The questions weren't saved. Check the fields marked below.",
  stale: 'These questions were changed by someone else while you were editing. Reload to see their version.',
} as const;

export function isChoiceKind(kind: QuestionKind): kind is 'single_choice' | 'multiple_choice' {
  return kind === 'single_choice' || kind === 'multiple_choice';
}

/** One question as the builder form holds it: raw text, so whatever was typed can be shown again. */
export interface QuestionDraft {
  /** '' for a question that has not been saved yet; the server gives it a key. */
  key: string;
  kind: QuestionKind;
  label: string;
  helpText: string;
  required: boolean;
  /** One option per line. */
  options: string;
}

export type DraftField = Exclude<keyof QuestionDraft, 'key'>;


/** `questions[2][label]`: the no-JS form posts the whole list under these names. */
export const draftInputName = (index: number, field: keyof QuestionDraft) => `questions[${index}][${field}]`;
/** `questions.2.label`: where a field's messages sit in ActionState.fieldErrors. */
export const draftErrorKey = (index: number, field: DraftField) => `questions.${index}.${field}`;
/** The id of a field's control, for labels and the error summary's links. */
export const draftControlId = (index: number, field: DraftField) => `question-${index}-${field}`;

export const blankDraft = (): QuestionDraft => ({ key: '', kind: 'short_text', label: '', helpText: '', required: false, options: '' });

export function draftFromDefinition(question: QuestionDefinition): QuestionDraft {
  return {
    key: question.key ?? '',
    kind: question.kind,
    label: question.label,
    helpText: question.helpText ?? '',
    required: question.required,
    options: (question.options ?? []).join('\n'),
  };
}

/** The list with one item moved; out-of-range moves leave it as it was. Used by the buttons, drag and drop and the no-JS post. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export function splitOptions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

// Lenient on purpose: a draft is only echoed back into the form, so anything odd becomes
// something the form can show, and over-long text is cut rather than sent back whole.
const echoText = (max: number) => z.string().catch('').transform((value) => value.slice(0, max));

export const draftSchema = z.object({
  key: echoText(100),
  kind: z.enum(QUESTION_KINDS).catch('short_text'),
  label: echoText(2000),
  helpText: echoText(2000),
  required: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
  options: echoText(20_000),
});

function optionIssues(kind: QuestionKind, text: string): string[] {
  if (!isChoiceKind(kind)) return [];
  const options = splitOptions(text);
  const issues: string[] = [];
  if (options.length === 0) issues.push(QUESTION_MESSAGES.optionsMissing);
  if (options.length > QUESTION_LIMITS.options) issues.push(QUESTION_MESSAGES.optionsTooMany);
  if (options.some((option) => option.length > QUESTION_LIMITS.option)) issues.push(QUESTION_MESSAGES.optionTooLong);
  // Case-insensitive: "Remote" and "remote" would read as one option to a candidate.
  const seen = new Set<string>();
  for (const option of options) {
    const folded = option.toLowerCase();
    if (seen.has(folded)) issues.push(QUESTION_MESSAGES.optionRepeated(option));
    seen.add(folded);
  }
  return [...new Set(issues)];
}

const definitionSchema = z
  .object({
    key: z.string().trim().max(100),
    kind: z.enum(QUESTION_KINDS, { error: QUESTION_MESSAGES.kind }),
    label: z.string().trim().min(1, QUESTION_MESSAGES.label).max(QUESTION_LIMITS.label, QUESTION_MESSAGES.labelTooLong),
    helpText: z.string().trim().max(QUESTION_LIMITS.helpText, QUESTION_MESSAGES.helpTooLong),
    required: z.boolean(),
    options: z.string(),
  })
  .superRefine((question, ctx) => {
    for (const message of optionIssues(question.kind, question.options)) ctx.addIssue({ code: 'custom', path: ['options'], message });
  })
  .transform(
    (question): QuestionDefinition => ({
      key: question.key === '' ? null : question.key,
      kind: question.kind,
      label: question.label,
      helpText: question.helpText === '' ? null : question.helpText,
      required: question.required,
      // Options typed for a question that is no longer a choice are dropped, not kept hidden.
      options: isChoiceKind(question.kind) ? splitOptions(question.options) : null,
    }),
  );

/** The whole list as saved: every question valid, at most 50, no two asking the same thing. */
export const questionListSchema = z
  .array(definitionSchema)
  .max(QUESTION_LIMITS.questions, QUESTION_MESSAGES.tooMany)
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((question, index) => {
      const folded = question.label.toLowerCase();
      if (seen.has(folded)) ctx.addIssue({ code: 'custom', path: [index, 'label'], message: QUESTION_MESSAGES.labelRepeated });
      seen.add(folded);
    });
  });



export type QuestionBuilderState = ActionState & {
  /** The list to show: what was posted (after an add, move or refusal) or what was saved. */
  drafts?: QuestionDraft[];
  /** The version the form is editing, echoed so a refused form still carries it. */
  questionSetId?: number | null;
};
