'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { errorState } from '@/lib/action-state';
import { importJobDescription } from '@/lib/importer/job-description';
import { adminActor, createJobFromForm } from '@/lib/jobs/admin-action';
import { importedFormValues, importNotes } from '@/lib/jobs/import-draft';
import { revalidatePublicJobs } from '@/lib/revalidate-jobs';
import { jobImportSchema, MAX_IMPORT_CHARS, type ImportJobState } from '@/lib/validations/job';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const strings = (values: FormDataEntryValue[]) => values.filter((v): v is string => typeof v === 'string');

/**
 * Both steps of the import page, so that without JavaScript each answer comes back to the
 * same form state: `step=import` turns pasted text into a draft to review (nothing is saved);
 * `step=save` saves the reviewed draft like the New job page does.
 */
export async function importJobAction(_previous: ImportJobState, formData: FormData): Promise<ImportJobState> {
  if (formData.get('step') === 'save') {
    const notes = strings(formData.getAll('note')).slice(0, 20).map((note) => note.slice(0, 300));
    const draftId = strings(formData.getAll('draftId'))[0]?.slice(0, 64);
    const result = await createJobFromForm(formData);
    if ('state' in result) return { ...result.state, draft: result.state.values, notes, draftId };
    revalidatePublicJobs(result.saved.slug);
    revalidatePath('/admin/jobs');
    redirect(`/admin/jobs/${result.saved.id}?notice=created`);
  }

  const admin = await adminActor();
  if (!admin.ok) return admin.state;
  const raw = formData.get('text');
  const parsed = jobImportSchema.safeParse({ text: raw });
  if (!parsed.success) {
    return { ...errorState('Nothing was imported.', zodFieldErrors<'text'>(parsed.error)), text: typeof raw === 'string' ? raw.slice(0, MAX_IMPORT_CHARS) : '' };
  }
  const imported = importJobDescription(parsed.data.text);
  return { status: 'success', draft: importedFormValues(imported), notes: importNotes(imported), draftId: crypto.randomUUID() };
}
