import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JobReplyToForm } from '@/components/dashboard/stages/job-reply-to-form';
import { StageEditor } from '@/components/dashboard/stages/stage-editor';
import { getHiringSettings, getJobReplyTo } from '@/db/queries/hiring-settings';
import { listEditableStages } from '@/db/queries/pipeline-stages';
import { listActiveRejectionReasons } from '@/db/queries/rejection-reasons';
import { requireUser } from '@/lib/auth/session';
import { parseJobId } from '@/lib/dashboard/job-id';
import { editStagesAction, updateJobReplyToAction } from './actions';

export const metadata: Metadata = { title: 'Stages', robots: { index: false } };

type Props = { params: Promise<{ jobId: string }> };

/** Admins, and the job's team when the company allows it; anyone else gets 404. */
export default async function StagesPage({ params }: Props) {
  const user = await requireUser();
  const jobId = parseJobId((await params).jobId);
  if (jobId === null) notFound();
  const data = await listEditableStages(user, jobId);
  if (!data) notFound();
  const [reasons, replyTo, company] = await Promise.all([listActiveRejectionReasons(), getJobReplyTo(jobId), getHiringSettings()]);
  return (
    <div className="grid max-w-4xl gap-6">
      <div className="grid gap-2">
        <Link href={`/dashboard/jobs/${jobId}`} className="w-fit text-sm font-medium text-accent underline underline-offset-4">
          Back to {data.jobTitle}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Stages of {data.jobTitle}</h1>
        <p className="text-gray-700">Each stage has a kind that reports rely on. A job keeps at least one Applied and one Rejected stage; a removed stage’s applicants move to the stage you choose, and its history stays.</p>
      </div>
      <StageEditor action={editStagesAction} jobId={jobId} stages={data.stages} reasons={reasons} />
      <section className="rounded-lg border border-gray-200 bg-white p-5">
        <JobReplyToForm action={updateJobReplyToAction} jobId={jobId} replyTo={replyTo} companyReplyTo={company.replyToEmail} />
      </section>
    </div>
  );
}
