import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { DashboardJob } from '@/db/types';
import { applicantsHref } from '@/lib/dashboard/applicant-params';
import { JobStatusBadge } from './job-status-badge';

/** One job on the overview: its pipeline at a glance and how many applied since the last visit. */
export function JobOverviewCard({ job }: { job: DashboardJob }) {
  const headingId = `job-${job.id}-title`;
  return (
    <article aria-labelledby={headingId} className="grid gap-4 rounded-lg border border-gray-200 bg-white p-4 shadow-xs sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="grid min-w-0 gap-1">
          <h2 id={headingId} className="text-base font-semibold text-gray-900">
            <Link href={applicantsHref(job.id)} className="rounded-sm underline-offset-4 hover:underline">
              {job.title}
            </Link>
          </h2>
          <p className="flex flex-wrap items-center gap-2 text-sm text-gray-600">
            <JobStatusBadge status={job.status} />
            <span>
              {job.total.toLocaleString('en-US')} applicant{job.total === 1 ? '' : 's'}
            </span>
          </p>
        </div>
        {job.newCount > 0 ? (
          <Badge variant="default">
            {job.newCount.toLocaleString('en-US')} new
            <span className="sr-only"> since your last visit</span>
          </Badge>
        ) : (
          <span className="text-sm text-gray-600">No new applicants</span>
        )}
      </div>
      <dl className="grid grid-cols-3 gap-2 sm:grid-cols-6">
        {job.stages.map((stage) => (
          <div key={stage.id} className="rounded-md bg-gray-50 px-2 py-1.5">
            <dt className="truncate text-xs text-gray-600">{stage.name}</dt>
            <dd className="text-base font-semibold text-gray-900 tabular-nums">{stage.count.toLocaleString('en-US')}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={applicantsHref(job.id)} className="font-medium text-accent underline underline-offset-4">
          Applicants<span className="sr-only"> for {job.title}</span>
        </Link>
        <Link href={`/dashboard/jobs/${job.id}/board`} className="font-medium text-accent underline underline-offset-4">
          Board<span className="sr-only"> for {job.title}</span>
        </Link>
      </div>
    </article>
  );
}
