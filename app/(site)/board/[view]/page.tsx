import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';

import { JobBoard } from '@/components/job-board';
import { getCachedFilterOptions } from '@/db/queries/jobs';
import { getPublicSettings } from '@/db/queries/settings';
import { feedAlternates } from '@/lib/feeds/context';
import { truncate } from '@/lib/markdown/render';
import { getCachedBoardIndex, getCachedBoardSearch } from '@/lib/search/board-data';
import { boardHref, withAvailableFilters, type BoardParams } from '@/lib/search/board-params';
import { ALL_JOBS_VIEW, boardViewSegment, parseBoardView } from '@/lib/search/board-view';

// Every state of the board, each cached as a page of its own: next.config.ts rewrites a bare
// `/jobs` to `all`, and `/jobs?q=…&department=…` (once proxy.ts has made it canonical) to the
// state's segment (lib/search/board-view.ts), which proxy.ts hands it in a request header.
// Rendered on a state's first request, not at build time (which has no database), and kept
// until revalidatePublicJobs() expires the jobs tag.
export const dynamicParams = true;
// A backstop for what changes without a write: closing dates passing, "Posted 3 days ago".
export const revalidate = 3600;

export function generateStaticParams(): Array<{ view: string }> {
  return [];
}

type Props = { params: Promise<{ view: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await params;
  const state = parseBoardView(view);
  if (!state) return {};
  const company = await getPublicSettings();
  const title = state.q ? `“${state.q}” jobs — ${company.companyName} careers` : `Open jobs — ${company.companyName} careers`;
  const description = truncate(company.careersIntro || `Open jobs at ${company.companyName}.`, 160);
  const url = boardHref(state);
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(company.companyName) },
    openGraph: view === ALL_JOBS_VIEW ? { type: 'website', title, description, url, siteName: `${company.companyName} careers` } : undefined,
    // Search result pages are not for indexing (Google's guidelines); the jobs they link to are.
    robots: state.q ? { index: false, follow: true } : undefined,
  };
}

export default async function BoardPage({ params }: Props) {
  const { view } = await params;
  // Only canonical segments exist: anything else is a URL nobody was given.
  const state = parseBoardView(view);
  if (!state) notFound();
  const options = await getCachedFilterOptions();
  // A department or country without open jobs (an old link) is dropped, so the selects show what the results are filtered by.
  const shown: BoardParams = withAvailableFilters(state, { departments: options.departments.map((d) => d.slug), countries: options.countries.map((c) => c.code) });
  if (boardViewSegment(shown) !== view) redirect(boardHref(shown));

  const [company, index, results] = await Promise.all([getPublicSettings(), getCachedBoardIndex(), getCachedBoardSearch(shown)]);
  const lastPage = Math.max(1, results.pageCount);
  if (shown.page > lastPage) redirect(boardHref({ ...shown, page: lastPage }));

  return (
    <JobBoard
      companyName={company.companyName}
      careersIntro={company.careersIntro}
      params={shown}
      options={options}
      index={index.complete ? index : { jobs: results.jobs, complete: false }}
      results={{ ids: results.jobs.map((job) => job.id), total: results.total, page: results.page, pageCount: results.pageCount }}
    />
  );
}
