import 'server-only';
import { SpanKind, trace } from '@opentelemetry/api';
import { setDbObserver, type DbObserver } from '@/db/instrumented-sql';
import { dbOperationDuration, dbOperationErrors, dbPoolInFlight, dbPoolMax } from '@/lib/metrics/database';
import { inSpan } from './in-span';

const MAX_QUERY_TEXT = 2000;

/** The SQL verb for a span name: "SELECT", "INSERT"… (the text is Drizzle's, with $n placeholders). */
function operationOf(text: string): string {
  return /^\s*(?:with\b[\s\S]*?\)\s*)?([a-z]+)/i.exec(text)?.[1]?.toUpperCase() ?? 'QUERY';
}

/**
 * Metrics for every query and transaction (the app server), and a span for each when traces are
 * exported. Spans carry the parameterised SQL, never the parameters: they hold personal data.
 */
export function installDbObserver({ poolMax, metrics, spans }: { poolMax?: number; metrics: boolean; spans: boolean }): void {
  if (!metrics && !spans) return;
  if (metrics && poolMax) dbPoolMax.set(poolMax);
  const tracer = trace.getTracer('portico-db');
  const observer: DbObserver = {
    async observe(work, run) {
      const started = performance.now();
      if (metrics && work.pooled) dbPoolInFlight.inc();
      const finish = (outcome: 'ok' | 'error') => {
        if (!metrics) return;
        if (work.pooled) dbPoolInFlight.dec();
        dbOperationDuration.observe({ kind: work.kind, outcome }, (performance.now() - started) / 1000);
        if (outcome === 'error') dbOperationErrors.inc({ kind: work.kind });
      };
      const traced = async () => {
        try {
          const result = await run();
          finish('ok');
          return result;
        } catch (error) {
          finish('error');
          throw error;
        }
      };
      if (!spans) return traced();
      const name = work.kind === 'transaction' ? 'db transaction' : `db ${operationOf(work.text)}`;
      const attributes = { 'db.system.name': 'postgresql', ...(work.kind === 'query' ? { 'db.query.text': work.text.slice(0, MAX_QUERY_TEXT), 'db.operation.name': operationOf(work.text) } : {}) };
      return inSpan(tracer, name, { kind: SpanKind.CLIENT, attributes }, traced);
    },
  };
  setDbObserver(observer);
}
