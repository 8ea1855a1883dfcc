import Link from 'next/link';

import { ApplyLink } from '@/components/job/apply-link';
import { JobMeta } from '@/components/job-meta';
import { buttonVariants } from '@/components/ui/button';
import type { PublicJob } from '@/db/types';
import { formatPostedDate, isoDate } from '@/lib/format/date';
import { WORK_LOCATION_LABELS } from '@/lib/domain/work-location';
import { formatLocation } from '@/lib/domain/location';
import { formatPayRange } from '@/lib/format/pay';

export type JobHeaderProps = {
  job: PublicJob;
  open: boolean;
};

const CLOSING_DATE = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function JobHeader({ job, open }: JobHeaderProps) {
  const pay = formatPayRange({ min: job.payMin, max: job.payMax, currency: job.payCurrency, period: job.payPeriod });
  return (
    <header className="grid gap-4 border-b border-gray-200 pb-8">
      <Link href="/jobs" className="w-fit text-sm font-medium text-gray-600 underline-offset-4 hover:text-gray-900 hover:underline">
        <span aria-hidden="true">← </span>All open jobs
      </Link>
      <h1 id="job-title" className="text-3xl font-semibold tracking-tight text-balance text-gray-900 sm:text-4xl">{job.title}</h1>
      <JobMeta job={job} />
      <dl className="grid gap-1 text-sm text-gray-600">
        {pay ? (
          <div className="flex flex-wrap gap-x-1.5 text-base">
            <dt className="font-medium text-gray-900">Pay:</dt>
            <dd className="font-medium text-gray-900 tabular-nums">{pay}</dd>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-x-1.5 text-base">
          <dt className="font-medium text-gray-900">Work location:</dt>
          <dd className="text-gray-900">
            {WORK_LOCATION_LABELS[job.workplaceType]}
            {job.location && job.workplaceType !== 'remote' ? ` — ${formatLocation(job.location)}` : null}
          </dd>
        </div>
        <div>
          <dt className="sr-only">Posted</dt>
          <dd>
            <time dateTime={isoDate(job.publishedAt)}>{formatPostedDate(job.publishedAt)}</time>
          </dd>
        </div>
        {open && job.closesAt ? (
          <div>
            <dt className="sr-only">Closing date</dt>
            <dd>
              Applications close on <time dateTime={job.closesAt.toISOString()}>{CLOSING_DATE.format(job.closesAt)}</time>
            </dd>
          </div>
        ) : null}
      </dl>
      {open ? (
        <ApplyLink slug={job.slug} className={buttonVariants({ size: 'lg', className: 'w-full sm:w-fit' })}>
          Apply for this job
        </ApplyLink>
      ) : null}
    </header>
  );
}
