// A job's applicant table lives in its URL: sort, filters, search and the keyset cursor.
// Client-safe (no server imports): the pages, the GET filter form, the export link and the
// paging links all read and write it through these functions.
import { z } from 'zod';
import { APPLICANT_PAGE_SIZE, APPLICANT_SEARCH_MAX_LENGTH, APPLICANT_SORTS, withoutCursor, type ApplicantParams, type ApplicantSort } from '@/lib/domain/applicant-list';

// The list's shape is in lib/domain, where the applicant queries reach it too.
export { APPLICANT_PAGE_SIZE, APPLICANT_SEARCH_MAX_LENGTH, APPLICANT_SORTS, withoutCursor, type ApplicantParams, type ApplicantSort };

// Cursors are short JSON in base64url; anything longer is not one of ours.
const CURSOR_MAX_LENGTH = 1000;

export const APPLICANT_SORT_LABELS: Record<ApplicantSort, string> = {
  date: 'Newest first',
  name: 'Name (A–Z)',
  rating: 'Highest rated',
  scorecard: 'Best scorecards',
  stage: 'Pipeline stage',
};

/** Minimum average rating choices (ratings run from 1 strong no to 4 strong yes). */
export const MIN_RATING_OPTIONS = [1, 2, 2.5, 3, 3.5, 4] as const;


export type RawSearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Each field falls back on its own, so one bad value never costs the others or shows an error page.
function lenient<T extends z.ZodType>(schema: T) {
  return z.preprocess(firstValue, schema.optional()).catch(undefined);
}

const cursor = lenient(z.string().max(CURSOR_MAX_LENGTH).regex(/^[A-Za-z0-9_-]+$/));

const paramsSchema = z.object({
  sort: z.preprocess(firstValue, z.enum(APPLICANT_SORTS)).catch('date'),
  stage: lenient(z.coerce.number().int().positive().max(2_147_483_647)),
  rating: lenient(z.coerce.number().refine((n) => (MIN_RATING_OPTIONS as readonly number[]).includes(n))),
  q: lenient(
    z
      .string()
      .transform((s) => s.replace(/\u0000/g, '').replace(/\s+/g, ' ').trim().slice(0, APPLICANT_SEARCH_MAX_LENGTH).trim())
      .transform((s) => s || undefined),
  ),
  after: cursor,
  before: cursor,
});

/** Never throws: invalid values are dropped, so an edited or stale link still shows a page. */
export function parseApplicantParams(raw: RawSearchParams): ApplicantParams {
  const parsed = paramsSchema.parse(raw);
  const params: ApplicantParams = { sort: parsed.sort };
  if (parsed.stage !== undefined) params.stage = parsed.stage;
  if (parsed.rating !== undefined) params.rating = parsed.rating;
  if (parsed.q !== undefined) params.q = parsed.q;
  // One direction at a time; "after" wins if a hand-edited link carries both.
  if (parsed.after !== undefined) params.after = parsed.after;
  else if (parsed.before !== undefined) params.before = parsed.before;
  return params;
}


function search(params: Partial<ApplicantParams>): string {
  const query = new URLSearchParams();
  if (params.sort && params.sort !== 'date') query.set('sort', params.sort);
  if (params.stage !== undefined) query.set('stage', String(params.stage));
  if (params.rating !== undefined) query.set('rating', String(params.rating));
  if (params.q) query.set('q', params.q);
  if (params.after) query.set('after', params.after);
  else if (params.before) query.set('before', params.before);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function applicantsHref(jobId: number, params: Partial<ApplicantParams> = {}): string {
  return `/dashboard/jobs/${jobId}${search(params)}`;
}

export function exportHref(jobId: number, params: Partial<ApplicantParams> = {}): string {
  return `/dashboard/jobs/${jobId}/export${search(withoutCursor({ sort: 'date', ...params }))}`;
}

export function hasApplicantFilters(params: Partial<ApplicantParams>): boolean {
  return params.stage !== undefined || params.rating !== undefined || Boolean(params.q);
}
