import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequestDuration } from '@/lib/metrics/http';
import { startPlainServer } from '@/tests/helpers/plain-server';
import { installRequestTiming } from './request-timing';
import { routeMatcher } from './route-patterns';

// A plain Node HTTP server stands in for Next's: the channels carry every server in the process.
// e2e/observability.spec.ts checks the labels of the built app.
let server: Awaited<ReturnType<typeof startPlainServer>>;
let base: string;

beforeAll(async () => {
  installRequestTiming(
    routeMatcher({
      staticRoutes: [{ page: '/api/v1/jobs', regex: '^/api/v1/jobs(?:/)?$' }],
      dynamicRoutes: [{ page: '/jobs/[slug]', regex: '^/jobs/([^/]+?)(?:/)?$' }],
    }),
  );
  server = await startPlainServer((request, response) => {
    // This one never answers: its client gives up.
    if (request.url === '/jobs/hang') return;
    // The slow route answers after 50 ms; an unknown path gets a 404.
    const status = request.url?.startsWith('/jobs/') || request.url?.startsWith('/api/') ? 200 : 404;
    setTimeout(() => response.writeHead(status).end('ok'), request.url?.startsWith('/jobs/') ? 50 : 0);
  });
  base = server.base;
});

afterAll(() => server.close());

async function series(labels: { method: string; route: string; status: string }) {
  const values = (await httpRequestDuration.get()).values.filter(
    (v) => v.labels.method === labels.method && v.labels.route === labels.route && v.labels.status === labels.status,
  );
  const pick = (name: string) => values.find((v) => v.metricName === name)?.value ?? 0;
  return { count: pick('portico_http_request_duration_seconds_count'), sum: pick('portico_http_request_duration_seconds_sum') };
}

describe('request timing', () => {
  it('times each request by method, route pattern and status, from its headers to its last byte', async () => {
    const labels = { method: 'GET', route: '/jobs/[slug]', status: '200' };
    const before = await series(labels);
    await Promise.all(['a', 'b', 'c'].map(async (slug) => (await fetch(`${base}/jobs/${slug}?from=feed`)).text()));
    // The response ends just after the client has read its last byte.
    await expect.poll(async () => (await series(labels)).count).toBe(before.count + 3);
    expect((await series(labels)).sum - before.sum).toBeGreaterThanOrEqual(3 * 0.045);
  });

  it('counts a request whose client went away before the end as 499, with the time it waited', async () => {
    const labels = { method: 'GET', route: '/jobs/[slug]', status: '499' };
    const before = await series(labels);
    await expect(fetch(`${base}/jobs/hang`, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await expect.poll(async () => (await series(labels)).count).toBe(before.count + 1);
    expect((await series(labels)).sum - before.sum).toBeGreaterThanOrEqual(0.09);
  });

  it('puts every path no route serves under one label, with its status', async () => {
    const labels = { method: 'POST', route: 'unmatched', status: '404' };
    const before = await series(labels);
    for (const path of ['/wp-login.php', '/.env', `/x${'y'.repeat(500)}`]) await (await fetch(`${base}${path}`, { method: 'POST' })).text();
    await expect.poll(async () => (await series(labels)).count).toBe(before.count + 3);
  });
});
