'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';

import { JobCard } from '@/components/job-card';
import { EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS, WORKPLACE_TYPES, WORKPLACE_TYPE_LABELS } from '@/lib/domain/job-enums';
import { filterBoardIndex, type BoardIndexJob } from '@/lib/search/board-index';
import { boardHref, hasBoardFilters, normaliseQuery, SEARCH_QUERY_MAX_LENGTH, type BoardParams } from '@/lib/search/board-href';

export interface BoardFilterChoices {
  departments: Array<{ slug: string; name: string }>;
  countries: Array<{ code: string; name: string }>;
}

export interface BoardResults {
  /** The server's answer for `params`, as ids into the index. */
  ids: number[];
  total: number;
  page: number;
  pageCount: number;
}

export interface BoardSearchProps {
  /** Every open job, newest first; or, when there are too many to ship, just the results. */
  index: BoardIndexJob[];
  /** Whether `index` holds every open job, so the browser can answer any search by itself. */
  complete: boolean;
  options: BoardFilterChoices;
  params: BoardParams;
  results: BoardResults;
  /** The server's page links for `results`; hidden while the browser filters on its own. */
  pagination?: ReactNode;
}

type Filters = Omit<BoardParams, 'page'>;
type FilterName = keyof Filters;

const label = 'text-sm leading-5 font-medium text-gray-900';
const control =
  'block h-11 w-full min-w-0 rounded-md border border-gray-500 bg-white px-3 py-2 text-base text-gray-900 shadow-xs placeholder:text-gray-500 sm:text-sm';
const linkButton = 'inline-flex min-h-9 items-center text-sm font-medium text-accent underline decoration-1 underline-offset-4 hover:decoration-2';

function filtersOf(params: BoardParams): Filters {
  const { page, ...filters } = params;
  void page;
  return filters;
}

/** The state of a URL this form wrote (Back/Forward); odd values simply match nothing. */
function filtersFromLocation(): Filters {
  const query = new URLSearchParams(window.location.search);
  const value = (key: string) => query.get(key) || undefined;
  return { q: value('q'), department: value('department'), country: value('country'), workplace: value('workplace') as Filters['workplace'], type: value('type') as Filters['type'] };
}

const normalised = (filters: Filters): BoardParams => ({ ...filters, q: normaliseQuery(filters.q), page: 1 });

/**
 * The board's search form and results. Without JavaScript it is a plain GET form and the server
 * answers every URL. With it, and with the whole index at hand, every keystroke and select
 * filters the index in the browser and writes the state into the URL: the first change of a
 * search adds a history entry, further typing updates it, and Back restores the previous one.
 */
export function BoardSearch({ index, complete, options, params, results, pagination }: BoardSearchProps) {
  const [filters, setFilters] = useState<Filters>(() => filtersOf(params));
  const [local, setLocal] = useState(false);
  const pushed = useRef(false);
  const byId = useMemo(() => new Map(index.map((job) => [job.id, job])), [index]);

  useEffect(() => {
    if (!complete) return;
    const restore = () => {
      pushed.current = false;
      setFilters(filtersFromLocation());
      setLocal(true);
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [complete]);

  const change = (name: FilterName) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const next = { ...filters, [name]: event.target.value || undefined } as Filters;
    setFilters(next);
    if (!complete) return;
    setLocal(true);
    const href = boardHref(normalised(next));
    // Typing goes on in the entry its first letter made; a select starts a new one.
    if (pushed.current && name === 'q') window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    pushed.current = true;
  };

  // The results are already on screen: submitting only settles the URL's history entry.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!complete || !local) return;
    event.preventDefault();
    pushed.current = false;
  };

  const jobs = local ? filterBoardIndex(index, normalised(filters)) : results.ids.flatMap((id) => byId.get(id) ?? []);
  const total = local ? jobs.length : results.total;
  const filtered = hasBoardFilters(local ? filters : params);
  const count = `${total.toLocaleString('en-US')} open ${total === 1 ? 'job' : 'jobs'}`;
  const selects: Array<{ name: Exclude<FilterName, 'q'>; label: string; any: string; choices: Array<[string, string]> }> = [
    { name: 'department', label: 'Department', any: 'All departments', choices: options.departments.map((d) => [d.slug, d.name]) },
    { name: 'country', label: 'Country', any: 'All countries', choices: options.countries.map((c) => [c.code, c.name]) },
    { name: 'workplace', label: 'Workplace', any: 'Any workplace', choices: WORKPLACE_TYPES.map((w) => [w, WORKPLACE_TYPE_LABELS[w]]) },
    { name: 'type', label: 'Job type', any: 'Any job type', choices: EMPLOYMENT_TYPES.map((t) => [t, EMPLOYMENT_TYPE_LABELS[t]]) },
  ];

  return (
    <>
      <div className="mt-8 rounded-lg border border-gray-200 bg-gray-50 p-4 sm:p-5">
        {/* A plain GET form: the URL holds the whole state, so it works without JavaScript and can be shared. */}
        <form action="/jobs" method="get" role="search" aria-label="Search and filter jobs" className="grid gap-4" onSubmit={submit}>
          <div className="grid gap-2">
            <label htmlFor="board-q" className={label}>
              Search jobs
            </label>
            <div className="flex flex-col gap-3 sm:flex-row">
              <input
                id="board-q"
                type="search"
                name="q"
                value={filters.q ?? ''}
                onChange={change('q')}
                maxLength={SEARCH_QUERY_MAX_LENGTH}
                placeholder="Title, skill, team or city"
                autoComplete="off"
                enterKeyHint="search"
                className={control}
              />
              <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-foreground shadow-xs hover:bg-accent/90 sm:w-32">
                Search
              </button>
            </div>
          </div>
          <div className="grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 lg:grid-cols-4">
            {selects.map((select) => (
              <div key={select.name} className="grid gap-2">
                <label htmlFor={`board-${select.name}`} className={label}>
                  {select.label}
                </label>
                <select id={`board-${select.name}`} name={select.name} value={filters[select.name] ?? ''} onChange={change(select.name)} className={control}>
                  <option value="">{select.any}</option>
                  {select.choices.map(([value, text]) => (
                    <option key={value} value={value}>
                      {text}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </form>
      </div>

      <div className="mt-8 flex min-h-11 flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p role="status" aria-live="polite" className="text-sm font-medium text-gray-900">
          {count}
          {!local && results.pageCount > 1 ? (
            <span className="font-normal text-gray-600">
              {' '}
              · page {results.page} of {results.pageCount}
            </span>
          ) : null}
        </p>
        {/* With no results the empty state carries this link instead. */}
        {filtered && jobs.length > 0 ? (
          <Link href="/jobs" className={linkButton}>
            Clear filters
          </Link>
        ) : null}
      </div>

      {jobs.length > 0 ? (
        <ul className="mt-4 grid gap-3">
          {jobs.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </ul>
      ) : (
        <div className="mt-4 flex flex-col items-center rounded-lg border border-dashed border-gray-300 px-6 py-12 text-center">
          <h2 className="text-base font-semibold text-gray-900">{filtered ? 'No jobs match your search' : 'No open jobs right now'}</h2>
          <p className="mt-1 max-w-sm text-sm text-gray-600">
            {filtered ? 'Try other words, or fewer filters.' : 'New roles are posted here first. Please check back soon.'}
          </p>
          {filtered ? (
            <Link href="/jobs" className="mt-6 inline-flex min-h-11 items-center rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-900 shadow-xs hover:bg-gray-50">
              Clear filters
            </Link>
          ) : null}
        </div>
      )}

      {local ? null : pagination}
    </>
  );
}
