import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expectAccessible } from './support/axe';
import { db } from './support/db';
import { SEEDED_SLUG } from './support/seeded-posting';
import { STORAGE } from './support/storage';

// The public API over HTTP against the production build: reads, caching, CORS, applying by
// multipart and by JSON, idempotent retries and problem+json refusals, every answer checked
// against the OpenAPI document the server itself serves.

const MINIMAL_PDF = Buffer.from(`%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
trailer << /Root 1 0 R >>
%%EOF
% ${randomUUID()}
`);

type Question = { key: string; kind: string; required: boolean; options: string[] | null };

// A per-test client IP: the apply rate limit counts by IP, and tests must not share a budget.
// Rate limits key an IPv6 client by its /64, so the random part is the /64's last group.
const ipHeader = () => ({ 'x-forwarded-for': `2001:db8:e2e:${Math.floor(Math.random() * 0xffff).toString(16)}::1` });

async function contract(request: APIRequestContext) {
  const document = await (await request.get('/api/v1/openapi.json')).json();
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: document.components });
  return async (response: APIResponse, schema: string) => {
    const body = await response.json();
    const validate = ajv.getSchema(`openapi#/components/schemas/${schema}`)!;
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
    return body;
  };
}

async function seededJob(request: APIRequestContext): Promise<{ id: number; questions: Question[] }> {
  const list = await (await request.get('/api/v1/jobs?limit=100')).json();
  const summary = list.data.find((job: { slug: string }) => job.slug === SEEDED_SLUG);
  return (await request.get(`/api/v1/jobs/${summary.id}`)).json();
}

function jsonAnswers(questions: Question[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of questions.filter((question) => question.required)) {
    const first = q.options?.[0] ?? 'Yes';
    answers[q.key] = { yes_no: true, number: 3, url: 'https://example.com', single_choice: first, multiple_choice: [first], file: { filename: 'sample.pdf', data: MINIMAL_PDF.toString('base64') } }[q.kind] ?? 'Yes';
  }
  return answers;
}

function multipartAnswers(questions: Question[]): Record<string, string | { name: string; mimeType: string; buffer: Buffer }> {
  return Object.fromEntries(
    Object.entries(jsonAnswers(questions)).map(([key, value]) => {
      if (typeof value === 'boolean') return [`q_${key}`, value ? 'yes' : 'no'];
      if (Array.isArray(value)) return [`q_${key}`, String(value[0])];
      if (typeof value === 'object' && value) return [`q_${key}`, { name: 'sample.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF }];
      return [`q_${key}`, String(value)];
    }),
  );
}

const applicationJson = (questions: Question[]) => ({
  firstName: 'Api',
  lastName: 'Caller',
  email: `api-${randomUUID()}@example.com`,
  consent: true,
  resume: { filename: 'cv.pdf', contentType: 'application/pdf', data: MINIMAL_PDF.toString('base64') },
  answers: jsonAnswers(questions),
});

test('lists jobs with CORS, an ETag that answers 304, and a CORS preflight', async ({ request }) => {
  const check = await contract(request);
  const list = await request.get('/api/v1/jobs', { headers: { Origin: 'https://partner.example' } });
  expect(list.status()).toBe(200);
  expect(list.headers()['access-control-allow-origin']).toBe('*');
  const body = await check(list, 'JobList');
  expect(body.data.some((job: { slug: string }) => job.slug === SEEDED_SLUG)).toBe(true);

  const etag = list.headers()['etag']!;
  const again = await request.get('/api/v1/jobs', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);

  const preflight = await request.fetch('/api/v1/jobs/1/applications', {
    method: 'OPTIONS',
    headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-methods']).toContain('POST');
  expect(preflight.headers()['access-control-allow-headers']).toContain('Idempotency-Key');

  const job = await seededJob(request);
  await check(await request.get(`/api/v1/jobs/${job.id}`), 'Job');
  await check(await request.get('/api/v1/departments'), 'DepartmentList');
  await check(await request.get('/api/v1/locations'), 'LocationList');
});

test('applies by multipart and by JSON; a retry with the same Idempotency-Key makes no second application', async ({ request }) => {
  const check = await contract(request);
  const job = await seededJob(request);
  const email = `api-multipart-${randomUUID()}@example.com`;
  const multipart = await request.post(`/api/v1/jobs/${job.id}/applications`, {
    headers: ipHeader(),
    multipart: { firstName: 'Multi', lastName: 'Part', email, consent: 'on', resume: { name: 'cv.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF }, ...multipartAnswers(job.questions) },
  });
  expect(multipart.status(), await multipart.text()).toBe(201);
  await check(multipart, 'ApplicationCreated');

  const headers = { ...ipHeader(), 'Idempotency-Key': randomUUID() };
  const body = applicationJson(job.questions);
  const first = await request.post(`/api/v1/jobs/${job.id}/applications`, { headers, data: body });
  expect(first.status(), await first.text()).toBe(201);
  const created = await check(first, 'ApplicationCreated');
  const retry = await request.post(`/api/v1/jobs/${job.id}/applications`, { headers, data: body });
  expect(retry.status()).toBe(201);
  expect(retry.headers()['idempotency-replayed']).toBe('true');
  expect(await retry.json()).toEqual(created);
  const [row] = await db()<{ count: number }[]>`select count(*)::int as count from applications a join candidates c on c.id = a.candidate_id where c.email = ${body.email}`;
  expect(row?.count).toBe(1);
});

test('refuses bad requests with problem+json and never a 500', async ({ request }) => {
  const check = await contract(request);
  const job = await seededJob(request);
  const cases = [
    { url: `/api/v1/jobs/${job.id}/applications`, options: { headers: { ...ipHeader(), 'content-type': 'application/json' }, data: Buffer.from('{"firstName":') }, status: 400 },
    { url: `/api/v1/jobs/${job.id}/applications`, options: { headers: { ...ipHeader(), 'content-type': 'text/plain' }, data: 'hello' }, status: 415 },
    { url: `/api/v1/jobs/${job.id}/applications`, options: { headers: ipHeader(), data: { ...applicationJson(job.questions), resume: { filename: 'cv.pdf', data: '%%%' } } }, status: 422 },
    { url: '/api/v1/jobs/999999999/applications', options: { headers: ipHeader(), data: applicationJson(job.questions) }, status: 404 },
    { url: '/api/v1/jobs/not-a-number/applications', options: { headers: ipHeader(), data: applicationJson(job.questions) }, status: 404 },
  ];
  for (const { url, options, status } of cases) {
    const response = await request.post(url, options);
    expect(response.status(), url).toBe(status);
    expect(response.headers()['content-type']).toBe('application/problem+json');
    await check(response, 'Problem');
  }
  const badQuery = await request.get('/api/v1/jobs?limit=abc');
  expect(badQuery.status()).toBe(422);
  await check(badQuery, 'Problem');
  const badKey = await request.get('/api/v1/jobs', { headers: { Authorization: 'Bearer nonsense' } });
  expect(badKey.status()).toBe(401);
});

test('the developer docs page is accessible', async ({ page }) => {
  await page.goto('/developers');
  await expect(page.getByRole('heading', { level: 1, name: 'Public API' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /POST\s*\/api\/v1\/jobs\/\{id\}\/applications/ })).toBeVisible();
  await expectAccessible(page);
});

test.describe('as an admin', () => {
  test.use({ storageState: STORAGE.admin });

  test('creates a key, applies with it, sees the application in the dashboard, and revokes it', async ({ page, request }) => {
    const name = `E2E partner ${randomUUID().slice(0, 6)}`;
    await page.goto('/admin/api-keys');
    await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Create key' }).click();
    const tokenField = page.getByLabel(`Key for ${name}`);
    await expect(tokenField).toBeVisible();
    const token = await tokenField.inputValue();
    expect(token).toMatch(/^ptc_/);
    await expectAccessible(page);

    const job = await seededJob(request);
    const applied = await request.post(`/api/v1/jobs/${job.id}/applications`, { headers: { Authorization: `Bearer ${token}` }, data: applicationJson(job.questions) });
    expect(applied.status(), await applied.text()).toBe(201);
    const { reference } = await applied.json();
    const [row] = await db()<{ id: number }[]>`select id from applications where reference = ${reference}`;
    await page.goto(`/dashboard/applications/${row!.id}`);
    await expect(page.getByText(`Source: api:${name}`)).toBeVisible();

    await page.goto('/admin/api-keys');
    await page.getByRole('button', { name: `Revoke ${name}` }).click();
    await expect(page.getByText('API key revoked.')).toBeVisible();
    const refused = await request.post(`/api/v1/jobs/${job.id}/applications`, { headers: { Authorization: `Bearer ${token}` }, data: applicationJson(job.questions) });
    expect(refused.status()).toBe(401);
  });
});
