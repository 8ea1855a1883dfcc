import { SpanStatusCode, type SpanOptions, type Tracer } from '@opentelemetry/api';

/** Runs `fn` in an active span that ends with it, marked failed (by the error's name only: messages may hold personal data) when it throws. */
export function inSpan<T>(tracer: Tracer, name: string, options: SpanOptions, fn: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, options, async (span) => {
    try {
      return await fn();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'Error' });
      throw error;
    } finally {
      span.end();
    }
  });
}
