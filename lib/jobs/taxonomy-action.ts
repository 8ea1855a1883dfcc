import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/db/queries/access';
import type { TaxonomyResult } from '@/db/queries/taxonomy';
import { errorState, type ActionState } from '@/lib/action-state';
import { logger } from '@/lib/logger';
import { TAXONOMY_MESSAGES, type TaxonomyActionState, type TaxonomyFormValues } from '@/lib/validations/taxonomy';
import { ADMIN_MESSAGES, adminActor } from './admin-action';
import { loggableError } from '@/lib/logging/loggable-error';
import { zodFieldErrors } from '@/lib/actions/field-errors';

// The department and location actions: authenticate, parse, save; the actions themselves
// revalidate and redirect (outside any try, as redirect() throws).

interface Words {
  duplicate: string;
  missing: string;
  inUse: (jobCount: number) => string;
}

/** The form's fields as typed, for parsing and for sending back after a refusal. */
export function taxonomyFormValues(formData: FormData, fields: readonly string[]): TaxonomyFormValues {
  return Object.fromEntries(fields.map((field) => [field, String(formData.get(field) ?? '').slice(0, 500)]));
}

function refusal(result: Exclude<TaxonomyResult, { ok: true }>, words: Words, duplicateField: string): ActionState {
  if (result.reason === 'duplicate') return errorState(TAXONOMY_MESSAGES.invalid, { [duplicateField]: [words.duplicate] });
  if (result.reason === 'in-use') return errorState(words.inUse(result.jobCount));
  if (result.reason === 'not-found') return errorState(words.missing);
  return errorState(ADMIN_MESSAGES.forbidden);
}

export async function saveTaxonomy<I>(options: {
  values: TaxonomyFormValues;
  schema: z.ZodType<I>;
  save: (actor: Actor, input: I) => Promise<TaxonomyResult>;
  words: Words;
  duplicateField: string;
}): Promise<{ id: number } | { state: TaxonomyActionState }> {
  const { values, words } = options;
  const admin = await adminActor();
  if (!admin.ok) return { state: { ...admin.state, values } };
  const parsed = options.schema.safeParse(values);
  if (!parsed.success) return { state: { ...errorState(TAXONOMY_MESSAGES.invalid, zodFieldErrors(parsed.error)), values } };
  try {
    const result = await options.save(admin.actor, parsed.data);
    return result.ok ? { id: result.id } : { state: { ...refusal(result, words, options.duplicateField), values } };
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Saving a department or location failed');
    return { state: { ...errorState(ADMIN_MESSAGES.unexpected), values } };
  }
}

export async function deleteTaxonomy(remove: (actor: Actor) => Promise<TaxonomyResult>, words: Words): Promise<{ ok: true } | { state: ActionState }> {
  const admin = await adminActor();
  if (!admin.ok) return { state: admin.state };
  try {
    const result = await remove(admin.actor);
    return result.ok ? { ok: true } : { state: refusal(result, words, 'name') };
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Deleting a department or location failed');
    return { state: errorState(ADMIN_MESSAGES.unexpected) };
  }
}
