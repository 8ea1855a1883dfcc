import { listApiJobs } from '@/db/queries/api-jobs';
import { preflightResponse } from '@/lib/api/cors';
import { decodeJobCursor, encodeJobCursor } from '@/lib/api/cursor';
import { cachedBody, serialisedJsonResponse } from '@/lib/api/cached-body';
import { apiHandler } from '@/lib/api/handler';
import { problemResponse } from '@/lib/api/problem';
import { toApiJobSummary } from '@/lib/api/serialize';
import { zodFieldProblems } from '@/lib/api/zod-problems';
import { env } from '@/lib/env';
import { jobListQuerySchema, type ApiJobSummary } from '@/lib/validations/api';

// GET /api/v1/jobs — the open jobs, newest first, with the board's filters and cursor pages.
export const GET = apiHandler('read', async (request) => {
  const url = new URL(request.url);
  const parsed = jobListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    return problemResponse('validation', 'Some query parameters are invalid.', { instance: url.pathname, errors: zodFieldProblems(parsed.error) });
  }
  const { cursor, ...filters } = parsed.data;
  const after = cursor === undefined ? undefined : decodeJobCursor(cursor);
  if (after === null) {
    return problemResponse('validation', 'The cursor is not one this API gave out.', {
      instance: url.pathname,
      errors: [{ field: 'cursor', detail: 'Use the nextCursor of the previous page as it was given' }],
    });
  }
  // Keyed by the parsed (normalised) query, so spellings of one request share an entry.
  const key = JSON.stringify(Object.entries({ ...filters, after: after ? [after.publishedAt.toISOString(), after.id] : null }).sort());
  const serialised = await cachedBody(['v1-jobs', key], async () => {
    const page = await listApiJobs({ ...filters, after });
    const data: ApiJobSummary[] = page.jobs.map((job) => toApiJobSummary(job, env.APP_URL));
    const last = page.jobs.at(-1);
    const nextCursor = page.hasMore && last ? encodeJobCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
    return { data, nextCursor };
  });
  return serialisedJsonResponse(request, serialised);
});

export const HEAD = GET;
export const OPTIONS = () => preflightResponse('read');
