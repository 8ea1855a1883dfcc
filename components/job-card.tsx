import Link from 'next/link';

import { JobMeta } from '@/components/job-meta';
import { formatPostedDate, isoDate } from '@/lib/format/date';
import { formatPayRange } from '@/lib/format/pay';
import type { JobListItem } from '@/db/queries/jobs';

export type JobCardProps = {
  job: JobListItem;
  /** h2 on the board (right under the page's h1); h3 where the list sits under its own h2. */
  headingLevel?: 'h2' | 'h3';
};

export function JobCard({ job, headingLevel: Heading = 'h2' }: JobCardProps) {
  const pay = formatPayRange({ min: job.payMin, max: job.payMax, currency: job.payCurrency, period: job.payPeriod });
  return (
    <li className="group relative rounded-lg border border-gray-200 bg-white p-5 shadow-xs transition-colors hover:border-gray-300 hover:bg-gray-50 sm:px-6">
      <Heading className="text-base leading-snug font-semibold text-gray-900">
        {/* The link covers the whole card (after:inset-0), so the card is one tap target with one name. */}
        <Link href={`/jobs/${job.slug}`} className="rounded-sm after:absolute after:inset-0 after:rounded-lg group-hover:underline">
          {job.title}
        </Link>
      </Heading>
      <JobMeta job={job} className="mt-2" />
      <div className="mt-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
        {pay ? <p className="font-medium text-gray-900 tabular-nums">{pay}</p> : <span />}
        <p className="text-gray-600">
          <time dateTime={isoDate(job.publishedAt)}>{formatPostedDate(job.publishedAt)}</time>
        </p>
      </div>
    </li>
  );
}
