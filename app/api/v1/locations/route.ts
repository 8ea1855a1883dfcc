import { listApiLocations } from '@/db/queries/api-jobs';
import { preflightResponse } from '@/lib/api/cors';
import { cachedJsonResponse } from '@/lib/api/etag';
import { apiHandler } from '@/lib/api/handler';
import { countryName } from '@/lib/domain/location';

// GET /api/v1/locations — the places that have open jobs (their countryCode is ?country=).
export const GET = apiHandler('read', async (request) => {
  const rows = await listApiLocations();
  return cachedJsonResponse(request, { data: rows.map((row) => ({ ...row, country: countryName(row.countryCode) })) });
});

export const HEAD = GET;
export const OPTIONS = () => preflightResponse('read');
