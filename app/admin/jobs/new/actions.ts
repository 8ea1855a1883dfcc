'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createJobFromForm } from '@/lib/jobs/admin-action';
import { revalidatePublicJobs } from '@/lib/revalidate-jobs';
import type { JobActionState } from '@/lib/validations/job';

/** Saves a new job as a draft, then opens it in the editor. */
export async function createJobAction(_previous: JobActionState, formData: FormData): Promise<JobActionState> {
  return createJobFromForm('createJobAction', formData, (saved) => {
    revalidatePublicJobs(saved.slug);
    revalidatePath('/admin/jobs');
    redirect(`/admin/jobs/${saved.id}?notice=created`);
  });
}
