import { listApiDepartments } from '@/db/queries/api-jobs';
import { preflightResponse } from '@/lib/api/cors';
import { cachedJsonResponse } from '@/lib/api/etag';
import { apiHandler } from '@/lib/api/handler';

// GET /api/v1/departments — the departments that have open jobs (the values of ?department=).
export const GET = apiHandler('read', async (request) => cachedJsonResponse(request, { data: await listApiDepartments() }));

export const HEAD = GET;
export const OPTIONS = () => preflightResponse('read');
