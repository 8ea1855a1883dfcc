import type { Metadata } from 'next';
import Link from 'next/link';
import { CandidateResults } from '@/components/dashboard/candidates/candidate-results';
import { CandidateSearchForm } from '@/components/dashboard/candidates/candidate-search-form';
import { searchCandidates } from '@/db/queries/candidate-search';
import { requireUser } from '@/lib/auth/session';
import { parseCandidateQuery } from '@/lib/candidates/candidate-query';

export const metadata: Metadata = { title: 'Candidates — Dashboard', robots: { index: false } };

/**
 * The candidate database: everyone who applied to a job the user hires for (admins: every job),
 * found by name, email, source or resume text. Scoped in the query, like every applicant read.
 */
export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const query = parseCandidateQuery(await searchParams);
  const result = await searchCandidates(user, query);
  return (
    <div className="grid max-w-4xl gap-6">
      <div className="grid gap-1">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Candidates</h1>
          <Link href="/dashboard/candidates/new" className="rounded-md text-sm font-medium text-accent underline underline-offset-4">
            Add a candidate
          </Link>
        </div>
        <p className="text-gray-700">Everyone who applied to the jobs you hire for. Resumes in PDF and Word (.docx) are searched by their text.</p>
      </div>
      <CandidateSearchForm query={query} />
      <CandidateResults query={query} result={result} />
    </div>
  );
}
