'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createDepartment, deleteDepartment, updateDepartment } from '@/db/queries/taxonomy';
import type { ActionState } from '@/lib/action-state';
import { isRowId } from '@/lib/validations/row-id';
import { deleteTaxonomy, saveTaxonomy } from '@/lib/jobs/taxonomy-action';
import { revalidatePublicJobs } from '@/lib/revalidate-jobs';
import { departmentSchema, TAXONOMY_MESSAGES, type TaxonomyActionState } from '@/lib/validations/taxonomy';

const WORDS = { duplicate: TAXONOMY_MESSAGES.departmentDuplicate, missing: TAXONOMY_MESSAGES.departmentMissing, inUse: TAXONOMY_MESSAGES.departmentInUse };
const FIELDS = ['name'] as const;

// Department names appear on postings and the board's filters: every change refreshes them.
function refresh(): void {
  revalidatePublicJobs();
  revalidatePath('/admin/departments');
}

export async function createDepartmentAction(_previous: TaxonomyActionState, formData: FormData): Promise<TaxonomyActionState> {
  return saveTaxonomy({
    name: 'createDepartmentAction',
    formData,
    fields: FIELDS,
    schema: departmentSchema,
    save: createDepartment,
    words: WORDS,
    duplicateField: 'name',
    answer: (id) => {
      refresh();
      // A new value each time, so the page's add form starts empty again.
      redirect(`/admin/departments?created=${id}`);
    },
  });
}

/** Bound to the department's id by its page. */
export async function updateDepartmentAction(id: number, _previous: TaxonomyActionState, formData: FormData): Promise<TaxonomyActionState> {
  return saveTaxonomy({
    name: 'updateDepartmentAction',
    formData,
    fields: FIELDS,
    schema: departmentSchema,
    // A bound id comes back from the browser unsigned: a bad one is a department that isn't there.
    save: async (actor, input) => (isRowId(id) ? updateDepartment(actor, id, input) : { ok: false, reason: 'not-found' }),
    words: WORDS,
    duplicateField: 'name',
    answer: () => {
      refresh();
      redirect('/admin/departments?notice=saved');
    },
  });
}

/** Bound to the department's id by its page; refused while any job uses it. */
export async function deleteDepartmentAction(id: number): Promise<ActionState> {
  return deleteTaxonomy({
    name: 'deleteDepartmentAction',
    id,
    remove: deleteDepartment,
    words: WORDS,
    answer: () => {
      refresh();
      redirect('/admin/departments?notice=deleted');
    },
  });
}
