import 'server-only';
import { histogram } from './registry';

// Seconds; the public pages answer in milliseconds from the cache, an apply post with a 10 MB
// upload in seconds, so the buckets span both.
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequestDuration = histogram({
  name: 'portico_http_request_duration_seconds',
  help: 'Time the server took to answer a request, from its headers to the end of its response, by method, route (the app route pattern, e.g. /jobs/[slug]) and status code (499: the client went away first).',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: BUCKETS,
});

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * The route label: the build's route pattern when one matched, or a fixed name, so that no URL a
 * client makes up can add a time series (a label per raw path would let anyone grow memory).
 */
export function routeLabel(route: unknown, target: unknown): string {
  if (typeof route === 'string' && route.startsWith('/')) return route;
  const path = typeof target === 'string' ? target : '';
  if (path.startsWith('/_next/static/')) return '/_next/static';
  if (path.startsWith('/_next/image')) return '/_next/image';
  return 'unmatched';
}

export function recordHttpRequest(method: unknown, route: unknown, target: unknown, status: unknown, seconds: number): void {
  const verb = typeof method === 'string' && METHODS.has(method.toUpperCase()) ? method.toUpperCase() : 'OTHER';
  const code = typeof status === 'number' && status >= 100 && status < 600 ? String(status) : 'unknown';
  httpRequestDuration.observe({ method: verb, route: routeLabel(route, target), status: code }, seconds);
}
