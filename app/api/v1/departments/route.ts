import { listApiDepartments } from '@/db/queries/api-jobs';
import { preflightResponse } from '@/lib/api/cors';
import { cachedBody, serialisedJsonResponse } from '@/lib/api/cached-body';
import { apiHandler } from '@/lib/api/handler';

// GET /api/v1/departments — the departments that have open jobs (the values of ?department=).
export const GET = apiHandler('read', async (request) => serialisedJsonResponse(request, await cachedBody(['v1-departments'], async () => ({ data: await listApiDepartments() }))));

export const HEAD = GET;
export const OPTIONS = () => preflightResponse('read');
