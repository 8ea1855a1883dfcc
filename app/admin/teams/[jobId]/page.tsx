import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JobStatusBadge } from '@/components/dashboard/job-status-badge';
import { getJobTeam, listTeamCandidates } from '@/db/queries/teams';
import { requireRole } from '@/lib/auth/session';
import { TeamEditor } from './team-editor';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Hiring team' };

/** A positive int4, or null: anything else could only be a database error. */
function parseJobId(value: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}

export default async function JobTeamPage({ params }: { params: Promise<{ jobId: string }> }) {
  const admin = await requireRole('admin');
  const jobId = parseJobId((await params).jobId);
  if (jobId === null) notFound();
  const [team, candidates] = await Promise.all([getJobTeam(admin, jobId), listTeamCandidates(admin, jobId)]);
  if (!team) notFound();

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-3">
        <BackLink href="/admin/teams">All hiring teams</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-balance text-gray-900">Hiring team: {team.title}</h1>
          <JobStatusBadge status={team.status} />
        </div>
        <p className="text-gray-700">Members see this job’s applicants in their dashboard and can move, rate and note them.</p>
      </div>
      <TeamEditor jobId={team.jobId} members={team.members} candidates={candidates} />
    </div>
  );
}
