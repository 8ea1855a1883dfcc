'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createLocation, deleteLocation, updateLocation } from '@/db/queries/taxonomy';
import type { ActionState } from '@/lib/action-state';
import { isRowId } from '@/lib/validations/row-id';
import { deleteTaxonomy, saveTaxonomy } from '@/lib/jobs/taxonomy-action';
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
  return saveTaxonomy({
    name: 'createLocationAction',
    formData,
    fields: FIELDS,
    schema: locationSchema,
    save: createLocation,
    words: WORDS,
    duplicateField: 'city',
    answer: (id) => {
      refresh();
      // A new value each time, so the page's add form starts empty again.
      redirect(`/admin/locations?created=${id}`);
    },
  });
}

/** Bound to the location's id by its page. */
export async function updateLocationAction(id: number, _previous: TaxonomyActionState, formData: FormData): Promise<TaxonomyActionState> {
  return saveTaxonomy({
    name: 'updateLocationAction',
    formData,
    fields: FIELDS,
    schema: locationSchema,
    // A bound id comes back from the browser unsigned: a bad one is a location that isn't there.
    save: async (actor, input) => (isRowId(id) ? updateLocation(actor, id, input) : { ok: false, reason: 'not-found' }),
    words: WORDS,
    duplicateField: 'city',
    answer: () => {
      refresh();
      redirect('/admin/locations?notice=saved');
    },
  });
}

/** Bound to the location's id by its page; refused while any job uses it. */
export async function deleteLocationAction(id: number): Promise<ActionState> {
  return deleteTaxonomy({
    name: 'deleteLocationAction',
    id,
    remove: deleteLocation,
    words: WORDS,
    answer: () => {
      refresh();
      redirect('/admin/locations?notice=deleted');
    },
  });
}
