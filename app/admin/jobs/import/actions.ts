'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/actions/run-action';
import { importJobDescription } from '@/lib/importer/job-description';
import { createJobFromForm } from '@/lib/jobs/admin-action';
import { importedFormValues, importNotes } from '@/lib/jobs/import-draft';
import { revalidatePublicJobs } from '@/lib/revalidate-jobs';
import { jobImportSchema, MAX_IMPORT_CHARS, type ImportJobState } from '@/lib/validations/job';

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
    const state = await createJobFromForm('importJobAction', formData, (saved) => {
      revalidatePublicJobs(saved.slug);
      revalidatePath('/admin/jobs');
      redirect(`/admin/jobs/${saved.id}?notice=created`);
    });
    // A refused save keeps the review step: the draft as typed, with the importer's notes.
    return { ...state, draft: state.values, notes, draftId };
  }

  const raw = formData.get('text');
  return runAction({
    name: 'importJobAction',
    role: 'admin',
    input: { text: raw },
    schema: jobImportSchema,
    fields: ['text'] as const,
    invalid: 'Nothing was imported.',
    echo: { text: typeof raw === 'string' ? raw.slice(0, MAX_IMPORT_CHARS) : '' },
    act: async (_actor, input) => importJobDescription(input.text),
    answer: (imported): ImportJobState => ({ status: 'success', draft: importedFormValues(imported), notes: importNotes(imported), draftId: crypto.randomUUID() }),
  });
}
