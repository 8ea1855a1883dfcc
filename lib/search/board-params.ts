// The job board's URL state parsed from untrusted input (pages, the proxy). Client-safe, but it
// brings zod: client components use board-href.ts, which this re-exports.
import { z } from 'zod';
import { EMPLOYMENT_TYPES, WORKPLACE_TYPES } from '@/lib/domain/job-enums';

export { BOARD_FILTER_KEYS, boardHref, hasBoardFilters, SEARCH_QUERY_MAX_LENGTH, type BoardParams } from './board-href';
import { BOARD_FILTER_KEYS, boardHref, normaliseQuery, type BoardParams } from './board-href';

export { BOARD_PAGE_SIZE } from '@/lib/domain/board';
// Far beyond any real board; keeps OFFSET bounded whatever a link says.
const MAX_PAGE = 10_000;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type RawSearchParams = Record<string, string | string[] | undefined>;

// Next hands over a repeated param (?q=a&q=b) as an array; the board reads the first one.
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Each field falls back on its own, so one bad value never costs the others — or shows an error page.
function lenient<T extends z.ZodType>(schema: T) {
  return z.preprocess(firstValue, schema.optional()).catch(undefined);
}

const boardParamsSchema = z.object({
  q: lenient(
    z
      .string()
      .transform(normaliseQuery),
  ),
  department: lenient(z.string().trim().toLowerCase().max(100).regex(SLUG)),
  country: lenient(
    z
      .string()
      .trim()
      .regex(/^[a-z]{2}$/i)
      .transform((s) => s.toUpperCase()),
  ),
  workplace: lenient(z.enum(WORKPLACE_TYPES)),
  type: lenient(z.enum(EMPLOYMENT_TYPES)),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(1),
});

/** Never throws: invalid values are dropped and the page falls back to 1. */
export function parseBoardParams(raw: RawSearchParams): BoardParams {
  return boardParamsSchema.parse(raw);
}

/**
 * Drops a department or country the board has no open jobs for (an old link, a typo), so the
 * selects always show what the results are filtered by.
 */
export function withAvailableFilters(params: BoardParams, available: { departments: string[]; countries: string[] }): BoardParams {
  const { department, country, ...rest } = params;
  return {
    ...rest,
    ...(department && available.departments.includes(department) ? { department } : {}),
    ...(country && available.countries.includes(country) ? { country } : {}),
  };
}

/**
 * The canonical URL when the request spelled the board's state differently (the GET form sends
 * empty fields, a link may carry `page=1` or an invalid value), else null. Redirecting there keeps
 * shared links clean, and an all-empty submission lands on the cached `/jobs`.
 */
export function nonCanonicalBoardHref(raw: RawSearchParams, params: BoardParams): string | null {
  const href = boardHref(params);
  const canonical = new URLSearchParams(href.split('?')[1] ?? '');
  for (const key of [...BOARD_FILTER_KEYS, 'page']) {
    const value = raw[key];
    if (value === undefined) continue;
    if (Array.isArray(value) || canonical.get(key) !== value) return href;
  }
  return null;
}
