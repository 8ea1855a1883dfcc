import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { nextStartCommand } from '../scripts/lib/next-start';
import { startOtlpReceiver } from '../tests/helpers/otlp-receiver';
import { expectConfirmation, fillApplication } from './support/apply-form';
import { uniqueEmail } from './support/files';
import { SEEDED_SLUG } from './support/seeded-posting';

// Request ids, /api/metrics and traces against the production build. The suite's server has
// no METRICS_TOKEN, and this runner talks to it directly on 127.0.0.1: it may scrape.

const HEX_ID = /^[0-9a-f]{32}$/;

async function scrape(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/metrics');
  expect(response.status()).toBe(200);
  return response.text();
}

/** One series' value in the exposition text (0 when absent). */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

test.describe('request ids', () => {
  test('every response has one: a new one each time, or the proxy’s when well formed', async ({ request }) => {
    const board = await request.get('/jobs');
    const api = await request.get('/api/v1/jobs');
    const [a, b] = [board.headers()['x-request-id'], api.headers()['x-request-id']];
    expect(a).toMatch(HEX_ID);
    expect(b).toMatch(HEX_ID);
    expect(a).not.toBe(b);
    expect(board.headers()['server-timing']).toBe(`request;desc="${a}"`);
    // The cached board's HTML is the same for everyone: no request id inside it.
    expect(await board.text()).not.toContain(a);

    const proxied = await request.get('/api/v1/jobs', { headers: { 'X-Request-Id': 'nginx-4f9d0a6a1c2b3e4f' } });
    expect(proxied.headers()['x-request-id']).toBe('nginx-4f9d0a6a1c2b3e4f');
    const forged = await request.get('/api/v1/jobs', { headers: { 'X-Request-Id': 'x" injected {}' } });
    expect(forged.headers()['x-request-id']).toMatch(HEX_ID);
  });
});

test.describe('/api/metrics', () => {
  test('is refused to anything that came through a proxy', async ({ request }) => {
    const response = await request.get('/api/metrics', { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain('portico_');
  });

  test('times requests by route and status', async ({ request }) => {
    const series = 'portico_http_request_duration_seconds_count{method="GET",route="/api/v1/jobs",status="200"}';
    const before = value(await scrape(request), series);
    for (let i = 0; i < 3; i += 1) expect((await request.get(`/api/v1/jobs?limit=${i + 1}`)).status()).toBe(200);
    // A request's span ends as its response is sent; give the last one a moment.
    await expect.poll(async () => value(await scrape(request), series)).toBeGreaterThanOrEqual(before + 3);
  });

  test('labels a page by its route pattern and every path no route serves by one name', async ({ request }) => {
    const jobPage = 'portico_http_request_duration_seconds_count{method="GET",route="/jobs/[slug]",status="200"}';
    const unknown = 'portico_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}';
    const before = await scrape(request);
    expect((await request.get(`/jobs/${SEEDED_SLUG}`)).status()).toBe(200);
    const madeUp = `/no-such-page-${Date.now()}`;
    expect((await request.get(madeUp)).status()).toBe(404);
    await expect.poll(async () => value(await scrape(request), jobPage)).toBeGreaterThanOrEqual(value(before, jobPage) + 1);
    await expect.poll(async () => value(await scrape(request), unknown)).toBeGreaterThanOrEqual(value(before, unknown) + 1);
    expect(await scrape(request)).not.toContain(madeUp);
  });

  test('counts an application stored and one refused as a duplicate', async ({ page, request }) => {
    const before = await scrape(request);
    const email = uniqueEmail('metrics');
    await page.goto(`/jobs/${SEEDED_SLUG}/apply`);
    await fillApplication(page, { email });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expectConfirmation(page);
    await page.goto(`/jobs/${SEEDED_SLUG}/apply`);
    await fillApplication(page, { email });
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.getByText('You have already applied for this job with this email address.').first()).toBeVisible();

    const after = await scrape(request);
    // Other tests apply at the same time: at least ours.
    expect(value(after, 'portico_applications_submitted_total') - value(before, 'portico_applications_submitted_total')).toBeGreaterThanOrEqual(1);
    expect(value(after, 'portico_applications_refused_total{reason="duplicate"}') - value(before, 'portico_applications_refused_total{reason="duplicate"}')).toBeGreaterThanOrEqual(1);
    expect(after).toContain('portico_outbox_oldest_wait_seconds');
    expect(after).toContain('portico_db_pool_max_connections');
  });
});

test.describe('traces', () => {
  let server: ChildProcess | undefined;

  test.afterAll(() => {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  });

  test('a second instance with OTEL_EXPORTER_OTLP_ENDPOINT exports Next’s request spans and their queries, with the request id', async ({ playwright }) => {
    test.slow();
    const receiver = await startOtlpReceiver();
    const port = Number(new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:3199').port) + 100;
    const command = nextStartCommand(port, '127.0.0.1');
    server = spawn(command.command, command.args, {
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        APP_URL: `http://127.0.0.1:${port}`,
        AUTH_SECRET: randomBytes(32).toString('base64url'),
        NEXT_TELEMETRY_DISABLED: '1',
        WORKER_ENABLED: 'false',
        CLOSING_SWEEP_IN_APP: 'false',
        LOG_LEVEL: 'warn',
        // The suite's database holds the demo accounts on purpose (playwright.config.ts says the same).
        SEED_DEMO: 'true',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_SERVICE_NAME: 'portico-e2e',
        ...command.env,
      },
    });
    const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` });
    try {
      await expect.poll(async () => (await api.get('/api/health').catch(() => null))?.status() ?? 0, { timeout: 60_000 }).toBe(200);
      const response = await api.get('/api/v1/jobs', { headers: { 'X-Request-Id': 'e2e-trace-0123456789' } });
      expect(response.status()).toBe(200);
      const root = await receiver.waitFor((s) => s.attributes['portico.request_id'] === 'e2e-trace-0123456789' && s.attributes['http.route'] === '/api/v1/jobs', 20_000);
      expect(root.service).toBe('portico-e2e');
      expect(root.attributes['http.status_code']).toBe(200);
      const query = await receiver.waitFor((s) => s.name.startsWith('db ') && s.attributes['portico.request_id'] === 'e2e-trace-0123456789', 20_000);
      expect(query.traceId).toBe(root.traceId);
      expect(query.attributes['db.query.text']).toMatch(/^select /i);
    } finally {
      await api.dispose();
      await receiver.close();
    }
  });
});
