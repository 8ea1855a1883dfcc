import { preflightResponse } from '@/lib/api/cors';
import { cachedJsonResponse } from '@/lib/api/etag';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { env } from '@/lib/env';

// GET /api/v1/openapi.json — generated from the zod schemas on each start, never hand-written.
const document = buildOpenApiDocument(env.APP_URL);

export function GET(request: Request) {
  return cachedJsonResponse(request, document, { cacheControl: 'public, max-age=300' });
}
export const HEAD = GET;
export const OPTIONS = () => preflightResponse('read');
