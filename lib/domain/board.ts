// The job board's two sizes, shared by the URL parsing (lib/search) and the board's queries.

/** Jobs per page of results. */
export const BOARD_PAGE_SIZE = 20;
/** At most this many open jobs go into the index the browser filters as the visitor types. */
export const BOARD_INDEX_LIMIT = 100;
