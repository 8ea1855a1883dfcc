import { z } from 'zod';
import type { PublicQuestion } from '@/db/schema';
import { questionFieldName } from './application-names';
import { documentFile, DOCUMENT_MESSAGES, emptyToUndefined, hasNoNul, httpUrl, NO_NUL, optionalField, pickFile } from './fields';

export type { PublicQuestion } from '@/db/schema';

export { questionFieldName };

export const QUESTION_MESSAGES = {
  answer: 'Answer this question',
  shortTooLong: 'Keep your answer to 300 characters or fewer',
  longTooLong: 'Keep your answer to 5000 characters or fewer',
  yesNo: 'Choose yes or no',
  choose: 'Choose one of the options',
  chooseSome: 'Choose at least one option',
  unknownOption: 'Choose only from the options listed',
  number: 'Enter a number, for example 5 or 2.5',
} as const;

/** Checkbox groups arrive as an array (FormData.getAll, RHF), a lone string, or false/'' when none is ticked. */
function toStringList(value: unknown): unknown {
  if (value === undefined || value === null || value === false || value === '') return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string' && item !== '');
  return value;
}

function text(max: number, tooLong: string, required: boolean) {
  // Answers are stored in jsonb, which cannot hold a NUL either: refused like the fixed fields.
  const base = z.string({ error: QUESTION_MESSAGES.answer }).trim().max(max, tooLong).refine(hasNoNul, NO_NUL);
  return required ? base.min(1, QUESTION_MESSAGES.answer) : optionalField(base);
}

function requiredOrOptional<T extends z.ZodType>(schema: T, required: boolean) {
  return required ? z.preprocess(emptyToUndefined, schema) : optionalField(schema);
}

function choice(options: readonly string[], message: string) {
  return z.string({ error: message }).refine((value) => options.includes(value), message);
}

export function questionFieldSchema(question: PublicQuestion): z.ZodType {
  const { kind, required } = question;
  const options = question.options ?? [];
  switch (kind) {
    case 'short_text':
      return text(300, QUESTION_MESSAGES.shortTooLong, required);
    case 'long_text':
      return text(5000, QUESTION_MESSAGES.longTooLong, required);
    case 'yes_no':
      return requiredOrOptional(choice(['yes', 'no'], QUESTION_MESSAGES.yesNo), required);
    case 'single_choice':
      return requiredOrOptional(choice(options, QUESTION_MESSAGES.choose), required);
    case 'multiple_choice': {
      const list = z.array(z.string()).refine((values) => values.every((v) => options.includes(v)), QUESTION_MESSAGES.unknownOption);
      return z.preprocess(toStringList, required ? list.refine((values) => values.length > 0, QUESTION_MESSAGES.chooseSome) : list);
    }
    case 'number':
      return requiredOrOptional(
        z.coerce.number({ error: QUESTION_MESSAGES.number }).refine(Number.isFinite, QUESTION_MESSAGES.number),
        required,
      );
    case 'url':
      return requiredOrOptional(httpUrl(), required);
    case 'file':
      return z.preprocess(pickFile, required ? documentFile(DOCUMENT_MESSAGES) : documentFile(DOCUMENT_MESSAGES).optional());
  }
}

export type QuestionAnswer = string | string[] | number | boolean;

/** The jsonb value stored for a parsed answer (files are stored separately and recorded by id). */
export function answerValue(question: PublicQuestion, parsed: unknown): QuestionAnswer | undefined {
  if (parsed === undefined) return undefined;
  if (question.kind === 'yes_no') return parsed === 'yes';
  if (question.kind === 'multiple_choice') return (parsed as string[]).length > 0 ? (parsed as string[]) : undefined;
  return parsed as QuestionAnswer;
}
