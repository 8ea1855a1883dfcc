import 'server-only';
import { env } from '@/lib/env';
import { installDbObserver } from './db-observer';
import { installRequestIdHook } from './request-id-hook';
import { installTracing, otlpExporter } from './tracing';

/**
 * The app server's observability, from instrumentation.ts register(): request ids on every
 * request and log line, the request and database metrics behind /api/metrics, and OTLP traces
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter is not even loaded otherwise).
 */
export async function registerObservability(): Promise<void> {
  installRequestIdHook();
  const exporter = env.OTEL_EXPORTER_OTLP_ENDPOINT ? await otlpExporter(env.OTEL_EXPORTER_OTLP_ENDPOINT) : undefined;
  const tracing = installTracing({ serviceName: env.OTEL_SERVICE_NAME, exporter, requestMetrics: true });
  installDbObserver({ poolMax: env.DATABASE_POOL_MAX, metrics: true, spans: tracing.exporting });
}
