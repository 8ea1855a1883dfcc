import { preflightResponse } from '@/lib/api/cors';
import { apiHandler } from '@/lib/api/handler';
import { submitApiApplication } from '@/lib/api/submit-api-application';

// POST /api/v1/jobs/{id}/applications — apply by API (see lib/api/submit-api-application.ts).
export const POST = apiHandler<{ id: string }>('write', (request, { params, client }) => submitApiApplication(request, params.id, client));
export const OPTIONS = () => preflightResponse('write');
