import { getApplicationForm } from '@/db/queries/application-form';
import { getApiJob } from '@/db/queries/api-jobs';
import { preflightResponse } from '@/lib/api/cors';
import { cachedJsonResponse } from '@/lib/api/etag';
import { apiHandler } from '@/lib/api/handler';
import { problemResponse } from '@/lib/api/problem';
import { toApiJob } from '@/lib/api/serialize';
import { env } from '@/lib/env';
import { jobIdSchema } from '@/lib/validations/api';

// GET /api/v1/jobs/{id} — one published or closed job with its questions; drafts are 404.
export const GET = apiHandler<{ id: string }>('read', async (request, { params }) => {
  const instance = new URL(request.url).pathname;
  const id = jobIdSchema.safeParse(params.id);
  const job = id.success ? await getApiJob(id.data) : null;
  if (!job) return problemResponse('notFound', `There is no published job with id ${JSON.stringify(params.id)}.`, { instance });
  const form = await getApplicationForm(job.slug);
  return cachedJsonResponse(request, toApiJob(job, form?.questions ?? [], env.APP_URL));
});

export const HEAD = GET;
export const OPTIONS = () => preflightResponse('read');
