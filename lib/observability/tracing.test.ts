import { context, SpanKind, trace } from '@opentelemetry/api';
import { sql as raw } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDbObserver } from '@/db/instrumented-sql';
import { runObservedJob } from '@/lib/worker/observed-job';
import { openTestDb } from '@/tests/helpers/apply';
import { startOtlpReceiver, type OtlpReceiver } from '@/tests/helpers/otlp-receiver';
import { installDbObserver } from './db-observer';
import { runWithLogContext } from './log-context';
import { ATTR_REQUEST_ID, installTracing, otlpExporter, uninstallTracing } from './tracing';

// Spans exported over real OTLP/HTTP to a receiver in the test. The request span is started the
// way Next starts its own (same name and attributes), since no Next server runs here; the
// end-to-end check against the built app is e2e/observability.spec.ts.
const { db, sql } = openTestDb();
let receiver: OtlpReceiver;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  installTracing({ serviceName: 'portico-test', exporter: await otlpExporter(receiver.endpoint) });
  installDbObserver({ poolMax: 20, metrics: true, spans: true });
});

afterAll(async () => {
  setDbObserver(undefined);
  await uninstallTracing();
  await receiver.close();
  await sql.end();
});

/** What Next does for each request: a server span named BaseServer.handleRequest, route and status set at the end. */
function nextRequest(requestId: string, route: string, work: () => Promise<void>) {
  return runWithLogContext({ requestId }, () =>
    trace.getTracer('next.js').startActiveSpan(
      'GET',
      { kind: SpanKind.SERVER, attributes: { 'next.span_type': 'BaseServer.handleRequest', 'http.method': 'GET', 'http.target': route } },
      context.active(),
      async (span) => {
        await work();
        span.setAttributes({ 'http.status_code': 200, 'http.route': route, 'next.route': route });
        span.updateName(`GET ${route}`);
        span.end();
      },
    ),
  );
}

describe('tracing', () => {
  it('exports a request’s span and its queries’ spans, each with the request id, and no query parameters', async () => {
    const requestId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    await nextRequest(requestId, '/jobs/[slug]', async () => {
      await db.execute(raw`select ${'secret@example.com'}::text as email`);
    });
    const request = await receiver.waitFor((s) => s.name === 'GET /jobs/[slug]');
    expect(request.attributes).toMatchObject({ [ATTR_REQUEST_ID]: requestId, 'http.route': '/jobs/[slug]', 'http.status_code': 200 });
    expect(request.service).toBe('portico-test');
    const query = await receiver.waitFor((s) => s.name === 'db SELECT' && s.attributes[ATTR_REQUEST_ID] === requestId);
    expect(query.parentSpanId).toBe(request.spanId);
    expect(query.attributes['db.system.name']).toBe('postgresql');
    expect(query.attributes['db.query.text']).toBe('select $1::text as email');
    expect(JSON.stringify(receiver.spans)).not.toContain('secret@example.com');
  });

  it('exports a transaction with its queries under it', async () => {
    await nextRequest('tx0123456789abcdef', '/dashboard', async () => {
      await db.transaction(async (tx) => {
        await tx.execute(raw`select 1`);
      });
    });
    const transaction = await receiver.waitFor((s) => s.name === 'db transaction' && s.attributes[ATTR_REQUEST_ID] === 'tx0123456789abcdef');
    const inner = await receiver.waitFor((s) => s.name === 'db SELECT' && s.attributes[ATTR_REQUEST_ID] === 'tx0123456789abcdef');
    expect(inner.parentSpanId).toBe(transaction.spanId);
  });

  it('exports a worker job’s span with its job id and queue, its queries under it', async () => {
    await runObservedJob('purge-expired-data', 'job-42', async () => {
      await db.execute(raw`select 2`);
    });
    const job = await receiver.waitFor((s) => s.name === 'job purge-expired-data');
    expect(job.attributes).toMatchObject({ 'portico.job_id': 'job-42', 'portico.queue': 'purge-expired-data' });
    const query = await receiver.waitFor((s) => s.name === 'db SELECT' && s.attributes['portico.job_id'] === 'job-42');
    expect(query.parentSpanId).toBe(job.spanId);
  });
});
