import 'server-only';
import { trace, type Attributes, type Context, type SpanKind } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  SamplingDecision,
  type ReadableSpan,
  type Sampler,
  type SamplingResult,
  type Span,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { recordHttpRequest } from '@/lib/metrics/http';
import { currentLogContext, serverActionOf } from './log-context';

// Next.js starts a span for every request it handles ('BaseServer.handleRequest') and, when it
// ends, sets the route pattern and the status code on it. That span is the one place Next's own
// server tells, per request, which route answered: the request-duration histogram is fed from
// it. So a tracer provider is always registered; without OTEL_EXPORTER_OTLP_ENDPOINT it records
// only that one span per request, exports nothing and loads no exporter.

const NEXT_REQUEST_SPAN = 'BaseServer.handleRequest';

export const ATTR_REQUEST_ID = 'portico.request_id';
export const ATTR_JOB_ID = 'portico.job_id';
export const ATTR_QUEUE = 'portico.queue';
export const ATTR_SERVER_ACTION_ID = 'next.server_action.id';

function isRequestRoot(attributes: Attributes, parentIsLocal: boolean): boolean {
  return attributes['next.span_type'] === NEXT_REQUEST_SPAN && !parentIsLocal;
}

/** Export on: every span. Export off: only each request's root span, recorded for the metrics. */
class PorticoSampler implements Sampler {
  constructor(private readonly exporting: boolean) {}

  shouldSample(context: Context, _traceId: string, _name: string, _kind: SpanKind, attributes: Attributes): SamplingResult {
    if (this.exporting) return { decision: SamplingDecision.RECORD_AND_SAMPLED };
    const parent = trace.getSpanContext(context);
    const parentIsLocal = Boolean(parent && !parent.isRemote);
    return { decision: isRequestRoot(attributes, parentIsLocal) ? SamplingDecision.RECORD : SamplingDecision.NOT_RECORD };
  }

  toString() {
    return `PorticoSampler{exporting=${this.exporting}}`;
  }
}

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

/** Feeds portico_http_request_duration_seconds from each request's root span. */
class RequestMetricsProcessor implements SpanProcessor {
  onStart(): void {}
  onEnd(span: ReadableSpan): void {
    const parent = span.parentSpanContext;
    if (!isRequestRoot(span.attributes, Boolean(parent && !parent.isRemote))) return;
    const [seconds, nanos] = span.duration;
    const a = span.attributes;
    recordHttpRequest(a['http.method'], a['http.route'], a['http.target'], a['http.status_code'], seconds + nanos / 1e9);
  }
  forceFlush = async () => {};
  shutdown = async () => {};
}

export interface TracingOptions {
  serviceName: string;
  /** Spans go to this exporter (OTLP in production, in-memory in tests); none: nothing is exported. */
  exporter?: SpanExporter;
  /** Feed the request-duration histogram (the app server; not the worker). */
  requestMetrics?: boolean;
}

export interface InstalledTracing {
  exporting: boolean;
  provider: NodeTracerProvider;
}

const INSTALLED = Symbol.for('portico.tracing');

/** Registers the process-wide tracer provider once; later calls return the first one. */
export function installTracing({ serviceName, exporter, requestMetrics = true }: TracingOptions): InstalledTracing {
  const holder = globalThis as unknown as Record<symbol, InstalledTracing | undefined>;
  const existing = holder[INSTALLED];
  if (existing) return existing;
  const spanProcessors: SpanProcessor[] = [new LogContextProcessor()];
  if (requestMetrics) spanProcessors.push(new RequestMetricsProcessor());
  if (exporter) spanProcessors.push(new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 }));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    sampler: new PorticoSampler(Boolean(exporter)),
    spanProcessors,
  });
  provider.register();
  const installed = { exporting: Boolean(exporter), provider };
  holder[INSTALLED] = installed;
  return installed;
}

export function isTracingExported(): boolean {
  return Boolean((globalThis as unknown as Record<symbol, InstalledTracing | undefined>)[INSTALLED]?.exporting);
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
