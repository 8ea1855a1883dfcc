import type { ApplicationAnswers } from '@/db/types';
import type { QuestionKind } from '@/lib/domain/job-enums';

// How a stored answer (lib/validations/application-questions.ts answerValue) reads on the page.

export type AnswerValue = ApplicationAnswers[string] | undefined;

export type AnswerDisplay =
  | { type: 'none' }
  | { type: 'text'; text: string; multiline: boolean }
  | { type: 'link'; href: string }
  | { type: 'file'; fileId: number; filename: string };

export interface DisplayedAnswer {
  key: string;
  label: string;
  display: AnswerDisplay;
}

function isEmpty(value: AnswerValue): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export function describeAnswer(kind: QuestionKind, value: AnswerValue, files: ReadonlyMap<number, string>): AnswerDisplay {
  if (isEmpty(value)) return { type: 'none' };
  switch (kind) {
    case 'yes_no':
      return { type: 'text', text: value === true || value === 'yes' ? 'Yes' : 'No', multiline: false };
    case 'multiple_choice':
      return { type: 'text', text: Array.isArray(value) ? value.join(', ') : String(value), multiline: false };
    case 'url':
      return { type: 'link', href: String(value) };
    case 'file': {
      const filename = typeof value === 'number' ? files.get(value) : undefined;
      return typeof value === 'number' && filename !== undefined ? { type: 'file', fileId: value, filename } : { type: 'none' };
    }
    case 'long_text':
      return { type: 'text', text: String(value), multiline: true };
    default:
      return { type: 'text', text: Array.isArray(value) ? value.join(', ') : String(value), multiline: false };
  }
}

/** A stored answer whose question is not in the asked set (older data): shown under its key. */
function guessKind(value: AnswerValue): QuestionKind {
  if (typeof value === 'boolean') return 'yes_no';
  if (Array.isArray(value)) return 'multiple_choice';
  return 'long_text';
}

/**
 * Every asked question in order, answered or not, then any stored answer no asked question
 * explains. Labels come from the question set the candidate answered.
 */
export function displayAnswers(
  asked: ReadonlyArray<{ key: string; kind: QuestionKind; label: string }>,
  answers: ApplicationAnswers,
  files: ReadonlyArray<{ id: number; filename: string }>,
): DisplayedAnswer[] {
  const byId = new Map(files.map((file) => [file.id, file.filename]));
  const askedKeys = new Set(asked.map((question) => question.key));
  const fromQuestions = asked.map((question) => ({
    key: question.key,
    label: question.label,
    display: describeAnswer(question.kind, answers[question.key], byId),
  }));
  const unexplained = Object.entries(answers)
    .filter(([key, value]) => !askedKeys.has(key) && !isEmpty(value))
    .map(([key, value]) => ({ key, label: key, display: describeAnswer(guessKind(value), value, byId) }));
  return [...fromQuestions, ...unexplained];
}
