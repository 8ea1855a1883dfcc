import type { QuestionKind } from './job-enums';

// What a saved question is and how its answer key is made: shared by the builder's validation
// (lib/validations/question) and the query that saves a question set, which assigns the keys.

/** A checked question, ready to save; `key` is null for a new one. */
export interface QuestionDefinition {
  key: string | null;
  kind: QuestionKind;
  label: string;
  helpText: string | null;
  required: boolean;
  options: string[] | null;
}

/**
 * A stable key from a label: "Are you authorised to work in the EU?" → "are-you-authorised-to-work-in-the-eu".
 * Answers are stored under it, so it never changes once the question is saved.
 */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = words.length <= 60 ? words : words.slice(0, 60).replace(/-[^-]*$/, '');
  return short || 'question';
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
