import type { Metadata } from 'next';
import { JobOverviewCard } from '@/components/dashboard/job-overview-card';
import { EmptyState } from '@/components/ui/empty-state';
import { DASHBOARD_JOB_LIMIT, listDashboardJobs } from '@/db/queries/dashboard';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your jobs — Dashboard', robots: { index: false } };

export default async function DashboardPage() {
  const user = await requireUser();
  const jobs = await listDashboardJobs(user);
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Your jobs</h1>
        <p className="text-sm text-gray-600">
          {user.role === 'admin' ? 'Every job, published first.' : 'The jobs whose hiring team you are on, published first.'} “New” counts
          applications since you last opened a job’s applicants.
        </p>
      </div>
      {jobs.length === 0 ? (
        <EmptyState
          title="No jobs yet"
          description={
            user.role === 'admin' ? 'Jobs appear here once they are created.' : 'Jobs appear here once an admin adds you to their hiring team.'
          }
        />
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {jobs.map((job) => (
            <li key={job.id}>
              <JobOverviewCard job={job} />
            </li>
          ))}
        </ul>
      )}
      {jobs.length === DASHBOARD_JOB_LIMIT ? (
        <p className="text-sm text-gray-600">Showing the first {DASHBOARD_JOB_LIMIT} jobs.</p>
      ) : null}
    </div>
  );
}
