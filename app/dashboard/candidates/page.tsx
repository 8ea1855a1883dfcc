import type { Metadata } from 'next';
import Link from 'next/link';
import { CandidateResults } from '@/components/dashboard/candidates/candidate-results';
import { CandidateSearchForm } from '@/components/dashboard/candidates/candidate-search-form';
import { searchCandidates } from '@/db/queries/candidate-search';
import { requireUser } from '@/lib/auth/session';
import { listTalentPools } from '@/db/queries/talent-pools';
import { parseCandidatePool, parseCandidateQuery } from '@/lib/candidates/candidate-query';

export const metadata: Metadata = { title: 'Candidates — Dashboard', robots: { index: false } };

/**
 * The candidate database: everyone who applied to a job the user hires for (admins: every job),
 * found by name, email, source or resume text. Scoped in the query, like every applicant read.
 */
export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const query = parseCandidateQuery(raw);
  const actor = { id: user.id, role: user.role };
  const pools = await listTalentPools(actor);
  // An unknown pool id filters nothing rather than everything.
  const pool = pools.find((candidatePool) => candidatePool.id === parseCandidatePool(raw));
  const result = await searchCandidates(actor, query, { poolId: pool?.id });
  return (
    <div className="grid max-w-4xl gap-6">
      <div className="grid gap-1">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Candidates</h1>
          <div className="flex flex-wrap gap-4">
            <Link href="/dashboard/candidates/pools" className="rounded-md text-sm font-medium text-accent underline underline-offset-4">
              Talent pools
            </Link>
            <Link href="/dashboard/candidates/new" className="rounded-md text-sm font-medium text-accent underline underline-offset-4">
              Add a candidate
            </Link>
          </div>
        </div>
        <p className="text-gray-700">Everyone who applied to the jobs you hire for. Resumes in PDF and Word (.docx) are searched by their text.</p>
      </div>
      <CandidateSearchForm query={query} pools={pools} poolId={pool?.id} />
      <CandidateResults query={query} poolName={pool?.name} result={result} />
    </div>
  );
}
