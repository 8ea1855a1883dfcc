import type { Metadata } from 'next';
import Link from 'next/link';
import { AddCandidateForm } from '@/components/dashboard/candidates/add-candidate-form';
import { listJobsToAddTo, listReferrers } from '@/db/queries/manual-candidates';
import { requireUser } from '@/lib/auth/session';
import { addCandidateAction } from './actions';

export const metadata: Metadata = { title: 'Add a candidate — Dashboard', robots: { index: false } };

/** Someone the team found, an agency put forward or an employee referred, put straight onto a job. */
export default async function AddCandidatePage() {
  const user = await requireUser();
  const [jobs, referrers] = await Promise.all([listJobsToAddTo({ id: user.id, role: user.role }), listReferrers()]);
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-1">
        <Link href="/dashboard/candidates" className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Candidates
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Add a candidate</h1>
        <p className="text-gray-700">
          They join the job’s first stage like an applicant, without a confirmation email. Someone already known by this email keeps the details they gave.
        </p>
      </div>
      <AddCandidateForm action={addCandidateAction} choices={{ jobs, referrers }} />
    </div>
  );
}
