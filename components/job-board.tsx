import Link from 'next/link';

import { BoardFilters } from '@/components/board-filters';
import { Container } from '@/components/container';
import { JobCard } from '@/components/job-card';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import type { BoardFilterOptions, BoardPage } from '@/db/queries/jobs';
import { boardHref, hasBoardFilters, type BoardParams } from '@/lib/search/board-params';

export type JobBoardProps = {
  companyName: string;
  careersIntro: string;
  params: BoardParams;
  options: BoardFilterOptions;
  board: BoardPage;
};

/** The board both routes render: the cached `/jobs` (no filters) and the per-request filtered one. */
export function JobBoard({ companyName, careersIntro, params, options, board }: JobBoardProps) {
  const filtered = hasBoardFilters(params);
  const count = `${board.total.toLocaleString('en-US')} open ${board.total === 1 ? 'job' : 'jobs'}`;

  return (
    <Container className="py-10 sm:py-14">
      <header className="max-w-2xl">
        <p className="text-sm font-medium text-accent">Careers at {companyName}</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance text-gray-900 sm:text-4xl">Open jobs</h1>
        {careersIntro ? <p className="mt-4 text-base text-pretty text-gray-600 sm:text-lg">{careersIntro}</p> : null}
      </header>

      <div className="mt-8 rounded-lg border border-gray-200 bg-gray-50 p-4 sm:p-5">
        <BoardFilters params={params} options={options} />
      </div>

      <div className="mt-8 flex min-h-11 flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p role="status" aria-live="polite" className="text-sm font-medium text-gray-900">
          {count}
          {board.pageCount > 1 ? <span className="font-normal text-gray-600"> · page {board.page} of {board.pageCount}</span> : null}
        </p>
        {/* With no results the empty state carries this link instead. */}
        {filtered && board.jobs.length > 0 ? (
          <Link href="/jobs" className={buttonVariants({ variant: 'link', size: 'sm' })}>
            Clear filters
          </Link>
        ) : null}
      </div>

      {board.jobs.length > 0 ? (
        <ul className="mt-4 grid gap-3">
          {board.jobs.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </ul>
      ) : (
        <EmptyState
          className="mt-4"
          title={filtered ? 'No jobs match your search' : 'No open jobs right now'}
          description={filtered ? 'Try other words, or fewer filters.' : 'New roles are posted here first. Please check back soon.'}
          action={
            filtered ? (
              <Link href="/jobs" className={buttonVariants({ variant: 'outline' })}>
                Clear filters
              </Link>
            ) : null
          }
        />
      )}

      <Pagination className="mt-8" page={board.page} pageCount={board.pageCount} hrefForPage={(page) => boardHref({ ...params, page })} />
    </Container>
  );
}
