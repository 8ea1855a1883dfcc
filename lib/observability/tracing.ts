import 'server-only';
import { trace } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOnSampler, BatchSpanProcessor, type Span, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { currentLogContext, serverActionOf } from './log-context';

// A tracer provider is registered only to export spans (OTEL_EXPORTER_OTLP_ENDPOINT). Once one
// is, Next opens a span for each step of every request it handles (loading each layout, client
// component and metadata, not only the request itself), two AsyncLocalStorage runs and a span
// object each: 5–10% of a render's CPU, spent even on spans that are never recorded (README,
// Performance, tenth round). So without an exporter there is none, and the request-duration
// histogram comes from Node's HTTP channels instead (request-timing.ts).

const NEXT_REQUEST_SPAN = 'BaseServer.handleRequest';

export const ATTR_REQUEST_ID = 'portico.request_id';
export const ATTR_JOB_ID = 'portico.job_id';
export const ATTR_QUEUE = 'portico.queue';
export const ATTR_SERVER_ACTION_ID = 'next.server_action.id';

/** Tags every span with the request id (or the worker's job id) of the work it belongs to. */
class LogContextProcessor implements SpanProcessor {
  onStart(span: Span): void {
    const context = currentLogContext();
    if (!context) return;
    if (context.requestId) span.setAttribute(ATTR_REQUEST_ID, context.requestId);
    if (context.jobId) span.setAttribute(ATTR_JOB_ID, context.jobId);
    if (context.queue) span.setAttribute(ATTR_QUEUE, context.queue);
    // A server action is a POST to its page: its request span says which action ran.
    const action = serverActionOf(context);
    if (action && span.attributes['next.span_type'] === NEXT_REQUEST_SPAN) span.setAttribute(ATTR_SERVER_ACTION_ID, action);
  }
  onEnd(): void {}
  forceFlush = async () => {};
  shutdown = async () => {};
}

export interface TracingOptions {
  serviceName: string;
  /** Every span goes to this exporter (OTLP in production and in the tests). */
  exporter: SpanExporter;
}

export interface InstalledTracing {
  provider: NodeTracerProvider;
}

const INSTALLED = Symbol.for('portico.tracing');

/** Registers the process-wide tracer provider once; later calls return the first one. */
export function installTracing({ serviceName, exporter }: TracingOptions): InstalledTracing {
  const holder = globalThis as unknown as Record<symbol, InstalledTracing | undefined>;
  const existing = holder[INSTALLED];
  if (existing) return existing;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    // Every span, whatever a caller's traceparent says: the collector decides what to keep.
    sampler: new AlwaysOnSampler(),
    spanProcessors: [new LogContextProcessor(), new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
  });
  provider.register();
  const installed = { provider };
  holder[INSTALLED] = installed;
  return installed;
}

/** OTLP over HTTP (JSON) to `${endpoint}/v1/traces`, the path the OTLP spec appends to the base endpoint. */
export async function otlpExporter(endpoint: string): Promise<SpanExporter> {
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
  return new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
}

/** Tests only: takes the provider down so the next test file starts without one. */
export async function uninstallTracing(): Promise<void> {
  const holder = globalThis as unknown as Record<symbol, InstalledTracing | undefined>;
  const installed = holder[INSTALLED];
  if (!installed) return;
  await installed.provider.shutdown();
  trace.disable();
  holder[INSTALLED] = undefined;
}
