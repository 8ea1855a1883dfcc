import 'server-only';
import { unstable_cache } from 'next/cache';
import { listBoardIndexJobs, searchPublishedJobs } from '@/db/queries/jobs';
import { TAGS } from '@/lib/domain/cache-tags';
import { toBoardIndexJob, type BoardIndexJob } from './board-index';
import { boardHref, type BoardParams } from './board-params';

// The board's cached reads, as the board page renders them: the queries return rows, and the
// cards' strings and search words are made here (lib/search/board-index.ts), once per cache
// entry. Kept under the public job tag, which revalidatePublicJobs() expires on every posting
// change; the hour is a backstop for what changes without a write (closing dates, "3 days ago").
const HOUR = 3600;

/** The board's compact index: plain strings, so nothing to revive from the cache's JSON. */
export const getCachedBoardIndex = unstable_cache(
  async (): Promise<{ jobs: BoardIndexJob[]; complete: boolean }> => {
    const { jobs, complete } = await listBoardIndexJobs();
    return { jobs: jobs.map((job) => toBoardIndexJob(job)), complete };
  },
  ['public-board-index'],
  { tags: [TAGS.jobs], revalidate: HOUR },
);

export interface BoardSearchResult {
  /** The page's jobs as index entries. */
  jobs: BoardIndexJob[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * One page of a board search, cached by its canonical URL (the normalised query and filters),
 * so one search is one cache entry however it was spelled.
 */
export function getCachedBoardSearch(params: BoardParams): Promise<BoardSearchResult> {
  const read = async (): Promise<BoardSearchResult> => {
    const page = await searchPublishedJobs(params);
    return { ...page, jobs: page.jobs.map((job) => toBoardIndexJob(job)) };
  };
  return unstable_cache(read, ['public-board-search', boardHref(params)], { tags: [TAGS.jobs], revalidate: HOUR })();
}
