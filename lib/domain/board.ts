import type { EmploymentType, WorkplaceType } from './job-enums';

// The job board's state and sizes, shared by the URL parsing (lib/search) and the board's queries.

/** One state of the board: its search, filters and page, as a canonical URL spells them. */
export interface BoardParams {
  q?: string;
  department?: string;
  country?: string;
  workplace?: WorkplaceType;
  type?: EmploymentType;
  page: number;
}

/** Jobs per page of results. */
export const BOARD_PAGE_SIZE = 20;
/** At most this many open jobs go into the index the browser filters as the visitor types. */
export const BOARD_INDEX_LIMIT = 100;
