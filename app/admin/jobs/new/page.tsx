import type { Metadata } from 'next';
import Link from 'next/link';
import { JobEditorForm } from '@/components/admin/jobs/job-editor-form';
import { listJobFormOptions } from '@/db/queries/admin-jobs';
import { requireRole } from '@/lib/auth/session';
import { NEW_JOB_VALUES } from '@/lib/jobs/form-values';
import { createJobAction } from './actions';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'New job' };

export default async function NewJobPage() {
  await requireRole('admin');
  const options = await listJobFormOptions();
  return (
    <div className="grid gap-6">
      <div className="grid gap-3">
        <BackLink href="/admin/jobs">All jobs</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">New job</h1>
        <p className="text-gray-700">
          It is saved as a draft: nobody outside sees it until you publish it. Have the text already?{' '}
          <Link href="/admin/jobs/import" className="font-medium underline underline-offset-4">
            Import it from text
          </Link>
          .
        </p>
      </div>
      <JobEditorForm mode="create" action={createJobAction} initial={NEW_JOB_VALUES} options={options} />
    </div>
  );
}
