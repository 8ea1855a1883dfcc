import Link from 'next/link';
import type { JobPipeline } from '@/db/types';
import { cn } from '@/lib/utils';
import { JobStatusBadge } from './job-status-badge';

export interface JobHeaderProps {
  pipeline: JobPipeline;
  view: 'table' | 'board';
  /** The export link keeps the table's filters. */
  exportHref: string;
}

const tabClass = 'inline-flex min-h-10 items-center border-b-2 px-1 text-sm font-medium';

/** Breadcrumb, title and the Table / Board switch of a job's applicant pages. */
export function JobHeader({ pipeline: { job, total }, view, exportHref }: JobHeaderProps) {
  const tabs = [
    { key: 'table', label: 'Table', href: `/dashboard/jobs/${job.id}` },
    { key: 'board', label: 'Board', href: `/dashboard/jobs/${job.id}/board` },
  ] as const;
  return (
    <header className="grid gap-3">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap items-center gap-1 text-gray-600">
          <li>
            <Link href="/dashboard" className="underline underline-offset-4 hover:text-gray-900">
              Jobs
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="truncate text-gray-900">
            {job.title}
          </li>
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight text-balance text-gray-900">{job.title}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-gray-600">
            <JobStatusBadge status={job.status} />
            <span>
              {total.toLocaleString('en-US')} applicant{total === 1 ? '' : 's'}
            </span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link href={`/dashboard/jobs/${job.id}/slots`} className="text-sm font-medium text-accent underline underline-offset-4">
            Interview times
          </Link>
          <Link href={`/dashboard/jobs/${job.id}/interview-plan`} className="text-sm font-medium text-accent underline underline-offset-4">
            Interview kinds
          </Link>
          <Link href={`/dashboard/jobs/${job.id}/stages`} className="text-sm font-medium text-accent underline underline-offset-4">
            Edit stages
          </Link>
          <a href={exportHref} download className="inline-flex min-h-9 items-center rounded-md border border-gray-300 bg-white px-3 text-sm font-medium text-gray-900 shadow-xs hover:bg-gray-50">
            Export CSV
          </a>
        </div>
      </div>
      <nav aria-label="Applicant views" className="border-b border-gray-200">
        <ul className="flex gap-6">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={view === tab.key ? 'page' : undefined}
                className={cn(tabClass, view === tab.key ? 'border-accent text-gray-900' : 'border-transparent text-gray-600 hover:text-gray-900')}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
