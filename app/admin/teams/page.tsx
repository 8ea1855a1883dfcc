import type { Metadata } from 'next';
import Link from 'next/link';
import { JobStatusBadge } from '@/components/dashboard/job-status-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { listJobTeams } from '@/db/queries/teams';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Hiring teams' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TeamsPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireRole('admin');
  const { before } = await searchParams;
  const cursor = typeof before === 'string' && /^[1-9]\d{0,9}$/.test(before) ? Math.min(Number(before), 2_147_483_647) : undefined;
  const { jobs, nextBefore } = await listJobTeams(admin, { before: cursor });

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Hiring teams</h1>
        <p className="text-gray-700">Who reviews each job’s applicants. Newest jobs first.</p>
      </div>
      {jobs.length === 0 ? (
        <EmptyState title="No jobs yet" description="Create a job first; then choose who reviews its applicants here." />
      ) : (
        <ul className="grid gap-3">
          {jobs.map((job) => (
            <li key={job.jobId} className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-[1fr_auto] sm:items-start sm:p-5">
              <div className="grid min-w-0 gap-2">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="font-semibold text-gray-900">{job.title}</h2>
                  <JobStatusBadge status={job.status} />
                </div>
                <p className="text-sm break-words text-gray-700">
                  {job.members.length === 0 ? (
                    <span className="text-amber-900">No team yet</span>
                  ) : (
                    job.members.map((member) => member.name ?? member.email).join(', ')
                  )}
                </p>
              </div>
              <Link
                href={`/admin/teams/${job.jobId}`}
                className="w-fit text-sm font-medium text-gray-900 underline underline-offset-4 hover:decoration-2"
              >
                Manage team<span className="sr-only"> for {job.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {cursor || nextBefore ? (
        <nav aria-label="Pagination" className="flex flex-wrap justify-between gap-3 text-sm font-medium">
          {cursor ? (
            <Link href="/admin/teams" className="underline underline-offset-4">
              Newest jobs
            </Link>
          ) : (
            <span />
          )}
          {nextBefore ? (
            <Link href={`/admin/teams?before=${nextBefore}`} rel="next" className="underline underline-offset-4">
              Older jobs
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
