import 'server-only';
import { env } from '@/lib/env';
import { installDbObserver } from '@/lib/observability/db-observer';
import { installTracing, otlpExporter } from '@/lib/observability/tracing';

/** The worker's spans (a job, its queries) go to the same collector as the app's, when one is set. */
export async function startWorkerTracing(): Promise<void> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  installTracing({ serviceName: `${env.OTEL_SERVICE_NAME}-worker`, exporter: await otlpExporter(env.OTEL_EXPORTER_OTLP_ENDPOINT) });
  installDbObserver({ metrics: false, spans: true });
}
