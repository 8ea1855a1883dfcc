import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { JobBoard } from '@/components/job-board';
import { getCachedFilterOptions, searchPublishedJobs } from '@/db/queries/jobs';
import { getPublicSettings } from '@/db/queries/settings';
import { feedAlternates } from '@/lib/feeds/context';
import {
  boardHref,
  nonCanonicalBoardHref,
  parseBoardParams,
  withAvailableFilters,
  type RawSearchParams,
} from '@/lib/search/board-params';

// The filtered board (next.config.ts sends a bare /jobs to the cached board/[view] route).
// Per request: search results are not cached, since every free-text query would add a cache
// entry an outsider controls; the filter options and settings are.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = parseBoardParams(await searchParams);
  const company = await getPublicSettings();
  const title = params.q ? `“${params.q}” jobs — ${company.companyName} careers` : `Open jobs — ${company.companyName} careers`;
  return {
    title,
    alternates: { canonical: boardHref(params), types: feedAlternates(company.companyName) },
    // Search result pages are not for indexing (Google's guidelines); the jobs they link to are.
    robots: params.q ? { index: false, follow: true } : undefined,
  };
}

export default async function JobsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const options = await getCachedFilterOptions();
  const params = withAvailableFilters(parseBoardParams(raw), {
    departments: options.departments.map((d) => d.slug),
    countries: options.countries.map((c) => c.code),
  });
  const canonical = nonCanonicalBoardHref(raw, params);
  if (canonical) redirect(canonical);

  const [company, board] = await Promise.all([getPublicSettings(), searchPublishedJobs(params)]);
  const lastPage = Math.max(1, board.pageCount);
  if (params.page > lastPage) redirect(boardHref({ ...params, page: lastPage }));

  return <JobBoard companyName={company.companyName} careersIntro={company.careersIntro} params={params} options={options} board={board} />;
}
