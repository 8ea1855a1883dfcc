import Link from 'next/link';
import type { AdminJobListItem } from '@/db/types';
import { formatDay } from './format-day';
import { JobStatusBadge } from './job-status-badge';

const cell = 'flex flex-wrap items-baseline gap-x-2 px-4 py-1 sm:table-cell sm:px-4 sm:py-3';
// On a phone each row is a card; the column name is repeated visually, while screen readers
// keep the real table headers.
const phoneLabel = 'w-28 shrink-0 text-sm font-medium text-gray-600 sm:hidden';
const HEADINGS = ['Title', 'Status', 'Department', 'Location', 'Created'];

export function JobsTable({ jobs }: { jobs: AdminJobListItem[] }) {
  return (
    <div className="overflow-hidden rounded-lg border border-gray-200 bg-white">
      <table className="block w-full text-left text-sm sm:table">
        <caption className="sr-only">Jobs, newest first</caption>
        <thead className="sr-only bg-gray-50 text-gray-700 sm:not-sr-only sm:table-header-group">
          <tr>
            {HEADINGS.map((heading) => (
              <th key={heading} scope="col" className="px-4 py-3 font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block divide-y divide-gray-200 sm:table-row-group">
          {jobs.map((job) => (
            <tr key={job.id} className="block py-3 sm:table-row sm:py-0">
              <th scope="row" className={`${cell} font-medium text-gray-900`}>
                <span aria-hidden="true" className={phoneLabel}>
                  {HEADINGS[0]}
                </span>
                <Link href={`/admin/jobs/${job.id}`} className="underline underline-offset-4 hover:decoration-2">
                  {job.title}
                </Link>
              </th>
              <td className={cell}>
                <span aria-hidden="true" className={phoneLabel}>
                  {HEADINGS[1]}
                </span>
                <JobStatusBadge status={job.status} />
              </td>
              <td className={`${cell} text-gray-700`}>
                <span aria-hidden="true" className={phoneLabel}>
                  {HEADINGS[2]}
                </span>
                {job.departmentName ?? '—'}
              </td>
              <td className={`${cell} text-gray-700`}>
                <span aria-hidden="true" className={phoneLabel}>
                  {HEADINGS[3]}
                </span>
                {job.locationLabel ?? '—'}
              </td>
              <td className={`${cell} whitespace-nowrap text-gray-700`}>
                <span aria-hidden="true" className={phoneLabel}>
                  {HEADINGS[4]}
                </span>
                <time dateTime={job.createdAt.toISOString()}>{formatDay(job.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
