'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createDepartment, deleteDepartment, updateDepartment } from '@/db/queries/taxonomy';
import { errorState, type ActionState } from '@/lib/action-state';
import { isRowId } from '@/lib/validations/row-id';
import { deleteTaxonomy, saveTaxonomy, taxonomyFormValues } from '@/lib/jobs/taxonomy-action';
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
  const result = await saveTaxonomy({ values: taxonomyFormValues(formData, FIELDS), schema: departmentSchema, save: createDepartment, words: WORDS, duplicateField: 'name' });
  if ('state' in result) return result.state;
  refresh();
  // A new value each time, so the page's add form starts empty again.
  redirect(`/admin/departments?created=${result.id}`);
}

/** Bound to the department's id by its page. */
export async function updateDepartmentAction(id: number, _previous: TaxonomyActionState, formData: FormData): Promise<TaxonomyActionState> {
  if (!isRowId(id)) return errorState(WORDS.missing);
  const save = (actor: Parameters<typeof updateDepartment>[0], input: Parameters<typeof updateDepartment>[2]) => updateDepartment(actor, id, input);
  const result = await saveTaxonomy({ values: taxonomyFormValues(formData, FIELDS), schema: departmentSchema, save, words: WORDS, duplicateField: 'name' });
  if ('state' in result) return result.state;
  refresh();
  redirect('/admin/departments?notice=saved');
}

/** Bound to the department's id by its page; refused while any job uses it. */
export async function deleteDepartmentAction(id: number): Promise<ActionState> {
  if (!isRowId(id)) return errorState(WORDS.missing);
  const result = await deleteTaxonomy((actor) => deleteDepartment(actor, id), WORDS);
  if ('state' in result) return result.state;
  refresh();
  redirect('/admin/departments?notice=deleted');
}
