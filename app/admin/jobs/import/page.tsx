import type { Metadata } from 'next';
import { ImportJobFlow } from '@/components/admin/jobs/import-job-flow';
import { listJobFormOptions } from '@/db/queries/admin-jobs';
import { requireRole } from '@/lib/auth/session';
import { importJobAction } from './actions';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Import a job' };

export default async function ImportJobPage() {
  await requireRole('admin');
  const options = await listJobFormOptions();
  return (
    <div className="grid gap-6">
      <div className="grid gap-3">
        <BackLink href="/admin/jobs">All jobs</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">Import a job from text</h1>
        <p className="max-w-prose text-gray-700">
          Paste a job description you already have. Portico turns it into a draft — title, summary, description, pay, workplace and job
          type — for you to check, complete and save.
        </p>
      </div>
      <ImportJobFlow action={importJobAction} options={options} />
    </div>
  );
}
