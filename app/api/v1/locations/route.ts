import { listApiLocations } from '@/db/queries/api-jobs';
import { preflightResponse } from '@/lib/api/cors';
import { cachedBody, serialisedJsonResponse } from '@/lib/api/cached-body';
import { apiHandler } from '@/lib/api/handler';
import { countryName } from '@/lib/domain/location';

// GET /api/v1/locations — the places that have open jobs (their countryCode is ?country=).
export const GET = apiHandler('read', async (request) => {
  const serialised = await cachedBody(['v1-locations'], async () => {
    const rows = await listApiLocations();
    return { data: rows.map((row) => ({ ...row, country: countryName(row.countryCode) })) };
  });
  return serialisedJsonResponse(request, serialised);
});

export const HEAD = GET;
export const OPTIONS = () => preflightResponse('read');
