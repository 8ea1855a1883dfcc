import { BoardSearch, type BoardFilterChoices, type BoardResults } from '@/components/board/board-search';
import { Container } from '@/components/container';
import { Pagination } from '@/components/ui/pagination';
import type { BoardIndexJob } from '@/lib/search/board-index';
import { boardHref, type BoardParams } from '@/lib/search/board-params';

export type JobBoardProps = {
  companyName: string;
  careersIntro: string;
  params: BoardParams;
  options: BoardFilterChoices;
  index: { jobs: BoardIndexJob[]; complete: boolean };
  results: BoardResults;
};

/** The board every view renders (the cached `/jobs`, and each search, cached as a page of its own). */
export function JobBoard({ companyName, careersIntro, params, options, index, results }: JobBoardProps) {
  return (
    <Container className="py-10 sm:py-14">
      <header className="max-w-2xl">
        <p className="text-sm font-medium text-accent">Careers at {companyName}</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance text-gray-900 sm:text-4xl">Open jobs</h1>
        {careersIntro ? <p className="mt-4 text-base text-pretty text-gray-600 sm:text-lg">{careersIntro}</p> : null}
      </header>
      {/* Keyed by the URL state: a navigation to another search starts the form afresh. */}
      <BoardSearch
        key={boardHref(params)}
        index={index.jobs}
        complete={index.complete}
        options={options}
        params={params}
        results={results}
        pagination={<Pagination className="mt-8" page={results.page} pageCount={results.pageCount} hrefForPage={(page) => boardHref({ ...params, page })} />}
      />
    </Container>
  );
}
