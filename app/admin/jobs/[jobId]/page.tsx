import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JobEditorForm } from '@/components/admin/jobs/job-editor-form';
import { JobStatusPanel } from '@/components/admin/jobs/job-status-panel';
import { Alert } from '@/components/ui/alert';
import { getAdminJob, listJobFormOptions } from '@/db/queries/admin-jobs';
import { requireRole } from '@/lib/auth/session';
import { jobToFormValues } from '@/lib/jobs/form-values';
import { JOB_TRANSITIONS, type JobTransition } from '@/lib/jobs/lifecycle';
import { positiveIntParam, queryValue } from '@/lib/jobs/route-params';
import { changeJobStatusAction, updateJobAction } from './actions';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Edit job' };

type Props = {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// What the last action did; fixed words only, so the query string cannot put text on the page.
const NOTICES: Record<string, string> = {
  created: 'Draft created. Add what it still needs, then publish it.',
  saved: 'Changes saved.',
  ...Object.fromEntries((Object.keys(JOB_TRANSITIONS) as JobTransition[]).map((t) => [t, JOB_TRANSITIONS[t].done])),
};

const linkClass = 'font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900';

export default async function EditJobPage({ params, searchParams }: Props) {
  await requireRole('admin');
  const jobId = positiveIntParam((await params).jobId);
  if (jobId === null) notFound();
  const [job, options, query] = await Promise.all([getAdminJob(jobId), listJobFormOptions(), searchParams]);
  if (!job) notFound();
  const notice = NOTICES[queryValue(query.notice) ?? ''];
  const isPublic = job.status === 'published' || job.status === 'closed';

  return (
    <div className="grid gap-6">
      <div className="grid gap-3">
        <BackLink href="/admin/jobs">All jobs</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-gray-900 sm:text-3xl">{job.title}</h1>
        <nav aria-label="This job" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          <Link href={`/admin/jobs/${job.id}/questions`} className={linkClass}>
            Application questions
          </Link>
          <Link href={`/admin/teams/${job.id}`} className={linkClass}>
            Hiring team
          </Link>
          {isPublic ? (
            <Link href={`/jobs/${job.slug}`} className={linkClass}>
              View public page
            </Link>
          ) : null}
        </nav>
      </div>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <JobStatusPanel action={changeJobStatusAction} jobId={job.id} status={job.status} publishedAt={job.publishedAt} closedAt={job.closedAt} closesAt={job.closesAt} />
      {/* Keyed by version: after a save (or a status change) the form starts again from the saved job. */}
      <JobEditorForm
        key={job.version}
        mode="edit"
        action={updateJobAction.bind(null, job.id)}
        initial={jobToFormValues(job)}
        options={options}
        published={job.publishedAt !== null}
        reloadHref={`/admin/jobs/${job.id}`}
      />
    </div>
  );
}
