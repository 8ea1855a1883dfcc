import type { Metadata } from 'next';
import Link from 'next/link';
import { JobListFilters } from '@/components/admin/jobs/job-list-filters';
import { JobsTable } from '@/components/admin/jobs/jobs-table';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { listAdminJobs } from '@/db/queries/admin-jobs';
import { requireRole } from '@/lib/auth/session';
import { JOB_STATUSES, type JobStatus } from '@/lib/domain/job-enums';
import { positiveIntParam, queryValue } from '@/lib/jobs/route-params';

export const metadata: Metadata = { title: 'Jobs' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JobsPage({ searchParams }: Props) {
  await requireRole('admin');
  const query = await searchParams;
  const rawStatus = queryValue(query.status);
  const status = JOB_STATUSES.includes(rawStatus as JobStatus) ? (rawStatus as JobStatus) : undefined;
  const q = queryValue(query.q)?.trim().slice(0, 100) || undefined;
  const before = positiveIntParam(query.before) ?? undefined;
  const { jobs, nextBefore } = await listAdminJobs({ status, q, before });

  const pageHref = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams(Object.entries({ status, q, ...params }).filter((e): e is [string, string] => Boolean(e[1])));
    return search.size ? `/admin/jobs?${search}` : '/admin/jobs';
  };

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Jobs</h1>
          <p className="text-gray-700">Every posting, newest first: drafts, published, closed and archived.</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href="/admin/jobs/import" className={buttonVariants({ variant: 'outline' })}>
            Import from text
          </Link>
          <Link href="/admin/jobs/new" className={buttonVariants()}>
            New job
          </Link>
        </div>
      </div>
      <JobListFilters status={status} q={q} />
      {jobs.length > 0 ? (
        <JobsTable jobs={jobs} />
      ) : (
        <EmptyState
          title={q || status ? 'No jobs match' : 'No jobs yet'}
          description={q || status ? 'Try another status or search.' : 'Create your first job, or import one from a job description you already have.'}
          action={
            <Link href={q || status ? '/admin/jobs' : '/admin/jobs/new'} className={buttonVariants()}>
              {q || status ? 'Show all jobs' : 'New job'}
            </Link>
          }
        />
      )}
      {before || nextBefore ? (
        <nav aria-label="Pagination" className="flex flex-wrap justify-between gap-3 text-sm font-medium">
          {before ? (
            <Link href={pageHref({})} className="underline underline-offset-4">
              Newest jobs
            </Link>
          ) : (
            <span />
          )}
          {nextBefore ? (
            <Link href={pageHref({ before: String(nextBefore) })} rel="next" className="underline underline-offset-4">
              Older jobs
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
