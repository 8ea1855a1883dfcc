import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST, OPTIONS } from '@/app/api/v1/jobs/[id]/applications/route';
import { getApplicantDetail } from '@/db/queries/applicant-detail';
import { revokeApiKey } from '@/db/queries/api-keys';
import { issueApiKey } from '@/lib/api/api-keys';
import { applications, idempotencyKeys } from '@/db/schema';
import { createTestUser } from '@/tests/helpers/auth-users';
import { applicationFormData, applicationsFor, createTestJob, ensureSettings, openTestDb, uniqueEmail, uniquePdf } from '@/tests/helpers/apply';
import { expectMatchesContract, uniqueIp } from '@/tests/helpers/openapi-contract';
import { API_APPLY_LIMITS } from './apply-rate-limit-rules';

// POST /api/v1/jobs/{id}/applications against real PostgreSQL: every answer checked against
// the OpenAPI document, every refusal shown to write nothing.

const { db, sql } = openTestDb();
const PATH = '/api/v1/jobs/{id}/applications';
let admin: { id: string; role: 'admin' };

beforeAll(async () => {
  await ensureSettings(db);
  admin = { id: (await createTestUser(db, { role: 'admin' })).id, role: 'admin' };
});
afterAll(async () => {
  await sql.end();
});

function jsonBody(overrides: Record<string, unknown> = {}) {
  return {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: uniqueEmail(),
    consent: true,
    resume: { filename: 'cv.pdf', contentType: 'application/pdf', data: Buffer.from(uniquePdf()).toString('base64') },
    ...overrides,
  };
}

interface PostOptions {
  body?: BodyInit;
  json?: unknown;
  headers?: Record<string, string>;
  ip?: string;
}

function post(jobId: number | string, { body, json, headers = {}, ip = uniqueIp() }: PostOptions) {
  const allHeaders: Record<string, string> = { 'x-forwarded-for': ip, ...headers };
  if (json !== undefined) allHeaders['content-type'] ??= 'application/json';
  const request = new Request(`http://localhost/api/v1/jobs/${jobId}/applications`, {
    method: 'POST',
    headers: allHeaders,
    body: json !== undefined ? JSON.stringify(json) : body,
  });
  return POST(request, { params: Promise.resolve({ id: String(jobId) }) });
}

async function countApplications(jobId: number) {
  return (await db.select({ id: applications.id }).from(applications).where(eq(applications.jobId, jobId))).length;
}

describe('applying by JSON and by multipart', () => {
  it('accepts a JSON application with answers and a base64 resume; it shows in the dashboard with source api', async () => {
    const job = await createTestJob(db, {
      questions: [
        { key: 'years', kind: 'number', label: 'Years', required: true },
        { key: 'relocate', kind: 'yes_no', label: 'Relocate?', required: true },
        { key: 'langs', kind: 'multiple_choice', label: 'Languages', required: false, options: ['Go', 'Rust'] },
      ],
    });
    const body = jsonBody({ answers: { years: 4, relocate: false, langs: ['Go', 'Rust'] }, utm: { utm_source: 'partner' } });
    const response = await post(job.id, { json: body });
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const created = (await expectMatchesContract(PATH, 'post', response)) as { reference: string };

    const [row] = await db.select({ id: applications.id, source: applications.source, answers: applications.answers, utm: applications.utm }).from(applications).where(eq(applications.reference, created.reference));
    expect(row).toMatchObject({ source: 'api', answers: { years: 4, relocate: false, langs: ['Go', 'Rust'] }, utm: { utm_source: 'partner' } });
    const detail = await getApplicantDetail(admin, row!.id, db);
    expect(detail).toMatchObject({ reference: created.reference, source: 'api', candidate: { email: body.email }, resume: { filename: 'cv.pdf' } });
  });

  it('accepts a multipart application like the form, ignoring a client-sent source or token', async () => {
    const job = await createTestJob(db);
    const form = applicationFormData({ source: 'forged', submissionToken: 'not-a-uuid', company_website: 'bot' });
    const response = await post(job.id, { body: form });
    const created = (await expectMatchesContract(PATH, 'post', response)) as { reference: string; jobId: number };
    expect(response.status).toBe(201);
    expect(created.jobId).toBe(job.id);
    const [row] = await db.select({ source: applications.source }).from(applications).where(eq(applications.reference, created.reference));
    expect(row?.source).toBe('api');
  });

  it('records the API key name as the source of a key holder’s application', async () => {
    const key = await issueApiKey(admin, { name: `Partner ${randomUUID().slice(0, 6)}` }, db);
    if (!key.ok) throw new Error('key not made');
    const job = await createTestJob(db);
    const response = await post(job.id, { json: jsonBody(), headers: { authorization: `Bearer ${key.value.token}` } });
    const created = (await expectMatchesContract(PATH, 'post', response)) as { reference: string };
    const [row] = await db.select({ source: applications.source }).from(applications).where(eq(applications.reference, created.reference));
    expect(row?.source).toBe(`api:${key.value.name}`);

    await revokeApiKey(admin, key.value.id, db);
    const revoked = await post(job.id, { json: jsonBody(), headers: { authorization: `Bearer ${key.value.token}` } });
    expect(revoked.status).toBe(401);
    await expectMatchesContract(PATH, 'post', revoked);
    expect(await countApplications(job.id)).toBe(1);
  });

  it('answers a CORS preflight for POST', () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
  });
});

describe('refusals write nothing and answer problem+json', () => {
  it('names every invalid field, the shared form schema’s and the JSON shape’s alike', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'years', kind: 'number', label: 'Years', required: true }] });
    const invalid = await post(job.id, { json: jsonBody({ email: 'nope', firstName: ' ', answers: { years: 'lots' } }) });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await expectMatchesContract(PATH, 'post', invalid)) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['answers.years', 'email', 'firstName']);

    const shape = await post(job.id, { json: { ...jsonBody(), consent: false, resume: { filename: 'cv.pdf', data: '@@not base64@@' }, extra: 1 } });
    const shapeProblem = (await expectMatchesContract(PATH, 'post', shape)) as { errors: Array<{ field: string }> };
    expect(shapeProblem.errors.map((e) => e.field).sort()).toEqual(['consent', 'extra', 'resume.data']);

    const unknownAnswer = await post(job.id, { json: jsonBody({ answers: { years: 2, favourite_colour: 'blue' } }) });
    const unknownProblem = (await expectMatchesContract(PATH, 'post', unknownAnswer)) as { errors: Array<{ field: string }> };
    expect(unknownProblem.errors).toEqual([{ field: 'answers.favourite_colour', detail: 'This job has no question with this key' }]);

    const notPdf = await post(job.id, { json: jsonBody({ answers: { years: 1 }, resume: { filename: 'cv.pdf', data: Buffer.from('just text').toString('base64') } }) });
    expect(((await expectMatchesContract(PATH, 'post', notPdf)) as { errors: Array<{ field: string }> }).errors[0]?.field).toBe('resume');
    expect(await countApplications(job.id)).toBe(0);
  });

  it('refuses bad content types, malformed JSON, non-UTF-8 and huge bodies', async () => {
    const job = await createTestJob(db);
    const cases: Array<[PostOptions, number]> = [
      [{ body: 'hello', headers: { 'content-type': 'text/plain' } }, 415],
      [{ body: 'hello' }, 415],
      [{ body: '{"firstName":', headers: { 'content-type': 'application/json' } }, 400],
      [{ body: new Uint8Array([0xff, 0xfe, 0x7b]), headers: { 'content-type': 'application/json' } }, 400],
      [{ body: '[]', headers: { 'content-type': 'application/json' } }, 422],
      [{ body: 'null', headers: { 'content-type': 'application/json' } }, 422],
      [{ body: '--x\r\nbroken', headers: { 'content-type': 'multipart/form-data; boundary=x' } }, 400],
      [{ body: '{}', headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }, 413],
      [{ body: new Uint8Array(16 * 1024 * 1024).fill(0x20), headers: { 'content-type': 'application/json' } }, 413],
    ];
    for (const [options, status] of cases) {
      const response = await post(job.id, options);
      expect({ status: response.status, options: String(options.body).slice(0, 20) }).toMatchObject({ status });
      await expectMatchesContract(PATH, 'post', response);
    }
    expect(await countApplications(job.id)).toBe(0);
  });

  it('answers 404 for unknown, malformed and draft jobs, 409 for closed jobs and for a second application', async () => {
    const draft = await createTestJob(db, { status: 'draft' });
    for (const id of ['abc', '0', '1e3', '2000000000', String(draft.id)]) {
      const response = await post(id, { json: jsonBody() });
      expect(response.status).toBe(404);
      await expectMatchesContract(PATH, 'post', response);
    }
    const closed = await createTestJob(db, { status: 'closed' });
    const refused = await post(closed.id, { json: jsonBody() });
    expect(refused.status).toBe(409);
    await expectMatchesContract(PATH, 'post', refused);

    const job = await createTestJob(db);
    const body = jsonBody();
    expect((await post(job.id, { json: body })).status).toBe(201);
    const again = await post(job.id, { json: { ...body, resume: jsonBody().resume } });
    expect(again.status).toBe(409);
    expect(((await expectMatchesContract(PATH, 'post', again)) as { title: string }).title).toBe('Already applied');
    expect(await applicationsFor(db, job.id, body.email as string)).toHaveLength(1);
  });

  it('limits anonymous applications per IP and answers 429 with Retry-After', async () => {
    const job = await createTestJob(db);
    const ip = uniqueIp();
    const bad = { body: 'x', headers: { 'content-type': 'text/plain' }, ip };
    for (let i = 0; i < API_APPLY_LIMITS.anonymous.limit; i += 1) expect((await post(job.id, bad)).status).toBe(415);
    const limited = await post(job.id, { json: jsonBody(), ip });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    await expectMatchesContract(PATH, 'post', limited);
    expect((await post(job.id, { ...bad, ip: uniqueIp() })).status).toBe(415);
    expect(await countApplications(job.id)).toBe(0);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first answer to a retry and never makes a second application', async () => {
    const job = await createTestJob(db);
    const ip = uniqueIp();
    const key = randomUUID();
    const body = jsonBody();
    const first = await post(job.id, { json: body, ip, headers: { 'idempotency-key': key } });
    const firstBody = await expectMatchesContract(PATH, 'post', first);
    const retry = await post(job.id, { json: body, ip, headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await expectMatchesContract(PATH, 'post', retry)).toEqual(firstBody);
    expect(await countApplications(job.id)).toBe(1);

    const changed = await post(job.id, { json: { ...body, firstName: 'Grace' }, ip, headers: { 'idempotency-key': key } });
    expect(changed.status).toBe(422);
    expect(((await expectMatchesContract(PATH, 'post', changed)) as { type: string }).type).toContain('idempotencyMismatch');
    expect(await countApplications(job.id)).toBe(1);
  });

  it('treats a multipart retry with a new boundary as the same request', async () => {
    const job = await createTestJob(db);
    const ip = uniqueIp();
    const key = randomUUID();
    const resume = uniquePdf();
    const email = uniqueEmail();
    const form = () => applicationFormData({ email, resume: new File([resume], 'cv.pdf', { type: 'application/pdf' }) });
    expect((await post(job.id, { body: form(), ip, headers: { 'idempotency-key': key } })).status).toBe(201);
    const retry = await post(job.id, { body: form(), ip, headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await countApplications(job.id)).toBe(1);
  });

  it('makes one application of concurrent requests with one key', async () => {
    const job = await createTestJob(db);
    const ip = uniqueIp();
    const key = randomUUID();
    const body = jsonBody();
    const responses = await Promise.all(Array.from({ length: 6 }, () => post(job.id, { json: body, ip, headers: { 'idempotency-key': key } })));
    for (const response of responses) {
      expect([201, 409]).toContain(response.status);
      await expectMatchesContract(PATH, 'post', response);
    }
    expect(responses.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(await countApplications(job.id)).toBe(1);
    const [stored] = await db.select({ status: idempotencyKeys.responseStatus }).from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(stored?.status).toBe(201);
  });

  it('scopes keys per client and refuses malformed keys', async () => {
    const job = await createTestJob(db);
    const key = randomUUID();
    expect((await post(job.id, { json: jsonBody(), headers: { 'idempotency-key': key } })).status).toBe(201);
    expect((await post(job.id, { json: jsonBody(), headers: { 'idempotency-key': key } })).status).toBe(201);
    expect(await countApplications(job.id)).toBe(2);
    const malformed = await post(job.id, { json: jsonBody(), headers: { 'idempotency-key': 'x'.repeat(256) } });
    expect(malformed.status).toBe(400);
    await expectMatchesContract(PATH, 'post', malformed);
  });
});
