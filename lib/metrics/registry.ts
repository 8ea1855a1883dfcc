import 'server-only';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register, type CounterConfiguration, type GaugeConfiguration, type HistogramConfiguration } from 'prom-client';

// prom-client's default registry, one per process (prom-client is in serverExternalPackages).
// Every metric is get-or-create: Next may evaluate a module once per bundle (instrumentation,
// each route) and again on a dev reload, and a second `new Counter` of one name throws.

export { register };

export function counter<L extends string>(config: CounterConfiguration<L>): Counter<L> {
  return (register.getSingleMetric(config.name) as Counter<L> | undefined) ?? new Counter(config);
}

export function gauge<L extends string>(config: GaugeConfiguration<L>): Gauge<L> {
  return (register.getSingleMetric(config.name) as Gauge<L> | undefined) ?? new Gauge(config);
}

export function histogram<L extends string>(config: HistogramConfiguration<L>): Histogram<L> {
  return (register.getSingleMetric(config.name) as Histogram<L> | undefined) ?? new Histogram(config);
}

const DEFAULTS = Symbol.for('portico.defaultMetrics');

/** Node's own figures (CPU, memory, event-loop lag, GC, handles) as portico_process_* / portico_nodejs_*. */
export function collectProcessMetrics(): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[DEFAULTS]) return;
  holder[DEFAULTS] = true;
  collectDefaultMetrics({ prefix: 'portico_' });
}
