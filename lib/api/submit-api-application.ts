import 'server-only';
import { getApplicationForm } from '@/db/queries/application-form';
import { getApiJob } from '@/db/queries/api-jobs';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from '@/db/queries/idempotency';
import { submitApplication } from '@/lib/applications/submit-application';
import { questionFieldName } from '@/lib/validations/application';
import { apiApplicationJsonSchema } from '@/lib/validations/api-application';
import { jobIdSchema } from '@/lib/validations/api';
import {
  apiFieldName,
  bytesFingerprint,
  formDataFingerprint,
  isValidIdempotencyKey,
  jsonToApplicationFormData,
  SERVER_SET_FIELDS,
  submissionTokenFor,
} from './application-input';
import { countApplicationRefused } from '@/lib/metrics/applications';
import { hitApplyRateLimit } from './apply-rate-limit';
import type { ApiClient } from './client';
import { corsHeaders } from './cors';
import { problemDetails, problemResponse, PROBLEM_CONTENT_TYPE, type FieldProblem, type ProblemType } from './problem';
import { readBodyWithLimit, API_MAX_BODY_BYTES } from './read-body';
import { zodFieldProblems } from './zod-problems';
import { isAcceptingApplications } from '@/db/job-visibility';

// POST /api/v1/jobs/{id}/applications. The order matters: who → how often → what (type, size,
// shape) → idempotency → the web form's own submitApplication, which validates and writes the
// application in one transaction exactly as for the form.

type Outcome = { status: number; body: unknown };
type Parsed = { ok: true; form: FormData; fingerprint: string; format: 'json' | 'multipart' } | { ok: false; response: Response };

const REFUSAL_PROBLEMS: Record<string, { type: ProblemType; detail: string }> = {
  'job-missing': { type: 'notFound', detail: 'There is no published job with this id.' },
  'job-closed': { type: 'jobClosed', detail: 'This job is no longer accepting applications.' },
  duplicate: { type: 'duplicate', detail: 'This email address has already applied for this job.' },
  'form-reused': { type: 'idempotencyMismatch', detail: 'This Idempotency-Key was used for another application.' },
};

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

async function parseRequest(request: Request, instance: string): Promise<Parsed> {
  const fail = (type: ProblemType, detail: string, errors?: FieldProblem[]) => ({
    ok: false as const,
    response: problemResponse(type, detail, { instance, errors, cors: 'write' }),
  });
  const type = mediaType(request);
  if (type !== 'application/json' && type !== 'multipart/form-data') {
    return fail('unsupportedMediaType', 'Send the application as application/json (resume as base64) or multipart/form-data.');
  }
  const body = await readBodyWithLimit(request);
  if (!body.ok) {
    return body.reason === 'too-large'
      ? fail('tooLarge', `The request body is over ${API_MAX_BODY_BYTES / 1024 / 1024} MB; resumes may be at most 10 MB.`)
      : fail('badRequest', 'The request body could not be read.');
  }

  if (type === 'application/json') {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes));
    } catch {
      return fail('badRequest', 'The body is not valid JSON.');
    }
    const parsed = apiApplicationJsonSchema.safeParse(json);
    if (!parsed.success) return fail('validation', 'Some fields are missing or invalid.', zodFieldProblems(parsed.error));
    return { ok: true, form: jsonToApplicationFormData(parsed.data), fingerprint: bytesFingerprint(body.bytes), format: 'json' };
  }

  let form: FormData;
  try {
    form = await new Request(request.url, { method: 'POST', headers: { 'content-type': request.headers.get('content-type')! }, body: body.bytes }).formData();
  } catch {
    return fail('badRequest', 'The multipart body could not be read.');
  }
  for (const field of SERVER_SET_FIELDS) form.delete(field);
  return { ok: true, form, fingerprint: await formDataFingerprint(form), format: 'multipart' };
}

async function apply(jobId: number, form: FormData, format: 'json' | 'multipart', instance: string): Promise<Outcome> {
  const job = await getApiJob(jobId);
  const problem = (type: ProblemType, detail: string, errors?: FieldProblem[]): Outcome => {
    const body = problemDetails(type, detail, { instance, errors });
    return { status: body.status, body };
  };
  if (!job) return problem('notFound', REFUSAL_PROBLEMS['job-missing']!.detail);
  // The web form cannot send an answer to a question the job lacks; an API client can, and
  // should hear about it rather than see the answer silently dropped.
  if (isAcceptingApplications(job)) {
    const known = new Set<string>((await getApplicationForm(job.slug))?.questions.map((q) => questionFieldName(q.key)) ?? []);
    const unknown = [...new Set(form.keys())].filter((field) => field.startsWith('q_') && !known.has(field));
    if (unknown.length > 0) {
      return problem('validation', 'Some answers are for questions this job does not ask.', unknown.map((field) => ({ field: apiFieldName(field, format), detail: 'This job has no question with this key' })));
    }
  }
  const result = await submitApplication(job.slug, form);
  if (result.reference) return { status: 201, body: { reference: result.reference, jobId, status: 'received' } };
  if (result.refusal) {
    const refusal = REFUSAL_PROBLEMS[result.refusal]!;
    return problem(refusal.type, refusal.detail);
  }
  const errors = Object.entries(result.state.status === 'error' ? (result.state.fieldErrors ?? {}) : {}).flatMap(([field, messages]) =>
    (messages ?? []).map((detail) => ({ field: apiFieldName(field, format), detail })),
  );
  return problem('validation', 'Some fields are missing or invalid.', errors);
}

function outcomeResponse({ status, body }: Outcome, headers: Record<string, string> = {}): Response {
  const contentType = status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json; charset=utf-8';
  return new Response(JSON.stringify(body), { status, headers: { ...corsHeaders('write'), 'Cache-Control': 'no-store', 'Content-Type': contentType, ...headers } });
}

export async function submitApiApplication(request: Request, rawJobId: string, client: ApiClient): Promise<Response> {
  const instance = new URL(request.url).pathname;
  const jobId = jobIdSchema.safeParse(rawJobId);
  if (!jobId.success) return problemResponse('notFound', `There is no published job with id ${JSON.stringify(rawJobId)}.`, { instance, cors: 'write' });

  const limit = await hitApplyRateLimit(client);
  if (!limit.allowed) {
    countApplicationRefused('rate-limited');
    return problemResponse('rateLimited', `Too many applications from this client; try again in ${limit.retryAfterSeconds} seconds.`, {
      instance,
      cors: 'write',
      headers: { ...limit.headers, 'Retry-After': String(limit.retryAfterSeconds) },
    });
  }

  const key = request.headers.get('idempotency-key');
  if (key !== null && !isValidIdempotencyKey(key)) {
    return problemResponse('badRequest', 'Idempotency-Key is 1 to 255 visible ASCII characters, e.g. a UUID.', { instance, cors: 'write' });
  }
  const parsed = await parseRequest(request, instance);
  if (!parsed.ok) return parsed.response;

  const { form, format } = parsed;
  form.set('source', client.kind === 'key' ? `api:${client.keyName}` : 'api');
  form.set('submissionToken', key === null ? crypto.randomUUID() : submissionTokenFor(client.id, key));
  if (key === null) return outcomeResponse(await apply(jobId.data, form, format, instance), limit.headers);

  const claim = await claimIdempotencyKey(client.id, key, `${jobId.data}:${format}:${parsed.fingerprint}`);
  if (claim.kind === 'mismatch') return problemResponse('idempotencyMismatch', 'This Idempotency-Key was already used with a different request body or job.', { instance, cors: 'write' });
  if (claim.kind === 'in-progress') {
    return problemResponse('idempotencyInProgress', 'The first request with this Idempotency-Key has not finished; retry in a moment.', { instance, cors: 'write', headers: { 'Retry-After': '1' } });
  }
  if (claim.kind === 'completed') return outcomeResponse({ status: claim.status, body: claim.body }, { ...limit.headers, 'Idempotency-Replayed': 'true' });

  let outcome: Outcome;
  try {
    outcome = await apply(jobId.data, form, format, instance);
  } catch (error) {
    // Nothing was written (one transaction); free the key so the client's retry runs again.
    await releaseIdempotencyKey(client.id, key).catch(() => {});
    throw error;
  }
  await completeIdempotencyKey(client.id, key, outcome.status, outcome.body);
  return outcomeResponse(outcome, limit.headers);
}
