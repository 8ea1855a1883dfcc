import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitApplication } from '@/lib/applications/submit-application';
import { installRequestIdHook } from '@/lib/observability/request-id-hook';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { applicationFormData, createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { metricsResponse } from './endpoint';

// /api/metrics over a real HTTP server, with the request hook the app installs, so the access
// rule is decided from real sockets and headers; the figures come from real applications.
const { db, sql } = openTestDb();
const deps = { db, storage: createPostgresStorage(db) };
const TOKEN = 'test-metrics-token-0123456789abcdef0123';
let server: Server;
let base: string;
let token: string | undefined;

function toRequest(message: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) if (typeof value === 'string') headers.set(name, value);
  return new Request(`http://localhost${message.url}`, { headers });
}

beforeAll(async () => {
  await ensureSettings(db);
  installRequestIdHook();
  server = createServer(async (request, response) => {
    const answer = await metricsResponse(toRequest(request), token);
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(await answer.text());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await sql.end();
});

async function scrape(headers: Record<string, string> = {}) {
  return fetch(`${base}/api/metrics`, { headers });
}

/** The value of one series in the exposition text (0 when absent). */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('/api/metrics access', () => {
  it('without a token, answers a direct peer on a loopback address', async () => {
    token = undefined;
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await response.text()).toContain('# TYPE portico_http_request_duration_seconds histogram');
  });

  it('without a token, refuses anything a proxy forwarded, and a client’s own copy of the marker', async () => {
    token = undefined;
    expect((await scrape({ 'x-forwarded-for': '203.0.113.7' })).status).toBe(403);
    expect((await scrape({ 'x-forwarded-for': '127.0.0.1', 'x-portico-private-peer': '1' })).status).toBe(403);
    expect((await scrape({ 'x-real-ip': '10.0.0.1' })).status).toBe(403);
  });

  it('with a token, wants it from everyone, loopback included', async () => {
    token = TOKEN;
    const none = await scrape();
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect((await scrape({ authorization: 'Bearer wrong-token-wrong-token-wrong-token' })).status).toBe(401);
    expect((await scrape({ authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await scrape({ authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
  });
});

describe('/api/metrics figures', () => {
  it('count applications submitted and refused, by reason', async () => {
    token = TOKEN;
    const read = async () => (await scrape({ authorization: `Bearer ${TOKEN}` })).text();
    const job = await createTestJob(db);
    const before = await read();

    const form = applicationFormData();
    expect((await submitApplication(job.slug, form, deps)).state.status).toBe('success');
    // The same form again is a resubmission, not a second application.
    expect((await submitApplication(job.slug, form, deps)).state.status).toBe('success');
    const duplicate = applicationFormData({ email: String(form.get('email')) });
    expect((await submitApplication(job.slug, duplicate, deps)).state.status).toBe('error');
    expect((await submitApplication(job.slug, applicationFormData({ email: 'not-an-email' }), deps)).state.status).toBe('error');
    expect((await submitApplication('no-such-job-anywhere', applicationFormData(), deps)).state.status).toBe('error');

    const after = await read();
    const delta = (series: string) => value(after, series) - value(before, series);
    expect(delta('portico_applications_submitted_total')).toBe(1);
    expect(delta('portico_applications_refused_total{reason="duplicate"}')).toBe(1);
    expect(delta('portico_applications_refused_total{reason="invalid"}')).toBe(1);
    expect(delta('portico_applications_refused_total{reason="job-missing"}')).toBe(1);
    expect(delta('portico_applications_refused_total{reason="job-closed"}')).toBe(0);
  });

  it('read the outbox from the database: the confirmation just queued is counted', async () => {
    token = TOKEN;
    const text = await (await scrape({ authorization: `Bearer ${TOKEN}` })).text();
    // Whatever state another test's drain has moved it to by now.
    const statuses = ['queued', 'sending', 'sent', 'failed', 'kept'].map((status) => value(text, `portico_outbox_emails{status="${status}"}`));
    expect(statuses.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(text).toContain('# TYPE portico_outbox_oldest_wait_seconds gauge');
    expect(text).toContain('portico_sign_in_failures_total');
    expect(text).toContain('portico_cache_hits_total 0');
    expect(text).toContain('portico_process_resident_memory_bytes');
  });
});
