// The board's URL state and its canonical href, without zod: the board's client component
// imports these, and zod would add ~30 KB of JavaScript to a page whose budget is 100 KB.
// Parsing untrusted input stays in board-params.ts (server, and the proxy).
import type { BoardParams } from '@/lib/domain/board';

export type { BoardParams };

export const SEARCH_QUERY_MAX_LENGTH = 100;

/** The filter keys in the order canonical URLs list them. */
export const BOARD_FILTER_KEYS = ['q', 'department', 'country', 'workplace', 'type'] as const;

/** What the search box holds, as the canonical URL spells it: single spaces, trimmed, at most 100 characters. */
export function normaliseQuery(q: string | undefined): string | undefined {
  return q?.replace(/\s+/g, ' ').trim().slice(0, SEARCH_QUERY_MAX_LENGTH).trim() || undefined;
}

export function hasBoardFilters(params: Partial<BoardParams>): boolean {
  return BOARD_FILTER_KEYS.some((key) => Boolean(params[key]));
}

/** `/jobs?q=…&department=…`, omitting empty values and page 1; plain `/jobs` when nothing is set. */
export function boardHref(params: Partial<BoardParams> = {}): string {
  const search = new URLSearchParams();
  for (const key of BOARD_FILTER_KEYS) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  if (params.page && params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `/jobs?${query}` : '/jobs';
}

