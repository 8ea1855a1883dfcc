'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createLocation, deleteLocation, updateLocation } from '@/db/queries/taxonomy';
import { errorState, type ActionState } from '@/lib/action-state';
import { isRowId } from '@/lib/validations/row-id';
import { deleteTaxonomy, saveTaxonomy, taxonomyFormValues } from '@/lib/jobs/taxonomy-action';
import { revalidatePublicJobs } from '@/lib/revalidate-jobs';
import { locationSchema, TAXONOMY_MESSAGES, type TaxonomyActionState } from '@/lib/validations/taxonomy';

const WORDS = { duplicate: TAXONOMY_MESSAGES.locationDuplicate, missing: TAXONOMY_MESSAGES.locationMissing, inUse: TAXONOMY_MESSAGES.locationInUse };
const FIELDS = ['city', 'region', 'countryCode', 'remoteArea'] as const;

// Places appear on postings, their JSON-LD and the board's filters: every change refreshes them.
function refresh(): void {
  revalidatePublicJobs();
  revalidatePath('/admin/locations');
}

export async function createLocationAction(_previous: TaxonomyActionState, formData: FormData): Promise<TaxonomyActionState> {
  const result = await saveTaxonomy({ values: taxonomyFormValues(formData, FIELDS), schema: locationSchema, save: createLocation, words: WORDS, duplicateField: 'city' });
  if ('state' in result) return result.state;
  refresh();
  // A new value each time, so the page's add form starts empty again.
  redirect(`/admin/locations?created=${result.id}`);
}

/** Bound to the location's id by its page. */
export async function updateLocationAction(id: number, _previous: TaxonomyActionState, formData: FormData): Promise<TaxonomyActionState> {
  if (!isRowId(id)) return errorState(WORDS.missing);
  const save = (actor: Parameters<typeof updateLocation>[0], input: Parameters<typeof updateLocation>[2]) => updateLocation(actor, id, input);
  const result = await saveTaxonomy({ values: taxonomyFormValues(formData, FIELDS), schema: locationSchema, save, words: WORDS, duplicateField: 'city' });
  if ('state' in result) return result.state;
  refresh();
  redirect('/admin/locations?notice=saved');
}

/** Bound to the location's id by its page; refused while any job uses it. */
export async function deleteLocationAction(id: number): Promise<ActionState> {
  if (!isRowId(id)) return errorState(WORDS.missing);
  const result = await deleteTaxonomy((actor) => deleteLocation(actor, id), WORDS);
  if ('state' in result) return result.state;
  refresh();
  redirect('/admin/locations?notice=deleted');
}
