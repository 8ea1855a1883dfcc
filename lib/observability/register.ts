import 'server-only';
import { env } from '@/lib/env';
import { installDbObserver } from './db-observer';
import { installRequestIdHook } from './request-id-hook';
import { installRequestTiming } from './request-timing';
import { loadRouteMatcher } from './route-patterns';
import { installTracing, otlpExporter } from './tracing';

/**
 * The app server's observability, from instrumentation.ts register(): request ids on every
 * request and log line, the request and database metrics behind /api/metrics, and OTLP traces
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set. Without it no tracer provider is registered at all
 * (not even the exporter is loaded), so Next opens no spans: see lib/observability/tracing.ts.
 */
export async function registerObservability(): Promise<void> {
  installRequestIdHook();
  installRequestTiming(loadRouteMatcher());
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (endpoint) installTracing({ serviceName: env.OTEL_SERVICE_NAME, exporter: await otlpExporter(endpoint) });
  installDbObserver({ poolMax: env.DATABASE_POOL_MAX, metrics: true, spans: Boolean(endpoint) });
}
