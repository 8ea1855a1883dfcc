import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/db/queries/access';
import type { TaxonomyResult } from '@/db/queries/taxonomy';
import type { ActionState } from '@/lib/action-state';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { refuse, runAction, type Refusal } from '@/lib/actions/run-action';
import { isRowId } from '@/lib/validations/row-id';
import { TAXONOMY_MESSAGES, type TaxonomyActionState, type TaxonomyFormValues } from '@/lib/validations/taxonomy';

// The department and location actions, which differ only in their words, fields and queries.
// Their `answer` revalidates and redirects (the runner calls it outside its try, as redirect() throws).

interface Words {
  duplicate: string;
  missing: string;
  inUse: (jobCount: number) => string;
}

/** The form's fields as typed, for parsing and for sending back after a refusal. */
export function taxonomyFormValues(formData: FormData, fields: readonly string[]): TaxonomyFormValues {
  return Object.fromEntries(fields.map((field) => [field, String(formData.get(field) ?? '').slice(0, 500)]));
}

function refusal(result: Exclude<TaxonomyResult, { ok: true }>, words: Words, duplicateField: string): Refusal {
  if (result.reason === 'duplicate') return refuse(TAXONOMY_MESSAGES.invalid, { [duplicateField]: [words.duplicate] });
  if (result.reason === 'in-use') return refuse(words.inUse(result.jobCount));
  if (result.reason === 'not-found') return refuse(words.missing);
  return refuse(ACTION_MESSAGES.forbidden);
}

/** Creates or renames one from its form; `save` gets the parsed input and answers with the row's id. */
export function saveTaxonomy<I>(options: {
  name: string;
  formData: FormData;
  fields: readonly string[];
  schema: z.ZodType<I>;
  save: (actor: Actor, input: I) => Promise<TaxonomyResult>;
  words: Words;
  duplicateField: string;
  answer: (id: number) => TaxonomyActionState;
}): Promise<TaxonomyActionState> {
  const values = taxonomyFormValues(options.formData, options.fields);
  return runAction({
    name: options.name,
    role: 'admin',
    input: values,
    schema: options.schema,
    fields: options.fields,
    invalid: TAXONOMY_MESSAGES.invalid,
    echo: { values },
    act: async (actor, input) => {
      const result = await options.save(actor, input);
      return result.ok ? result.id : refusal(result, options.words, options.duplicateField);
    },
    answer: options.answer,
  });
}

/** Deletes one by the id its page bound (which comes back from the browser unsigned). */
export function deleteTaxonomy(options: {
  name: string;
  id: number;
  remove: (actor: Actor, id: number) => Promise<TaxonomyResult>;
  words: Words;
  answer: () => ActionState;
}): Promise<ActionState> {
  return runAction({
    name: options.name,
    role: 'admin',
    input: options.id,
    schema: z.custom<number>(isRowId, options.words.missing),
    fields: [],
    invalid: options.words.missing,
    act: async (actor, id) => {
      const result = await options.remove(actor, id);
      return result.ok ? result.id : refusal(result, options.words, 'name');
    },
    answer: options.answer,
  });
}
