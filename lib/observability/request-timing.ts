import 'server-only';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordHttpRequest } from '@/lib/metrics/http';
import type { RouteMatcher } from './route-patterns';

// Feeds portico_http_request_duration_seconds: every request Node's HTTP server answers (Next's
// pages, route handlers, actions and redirects, files from public/ and /_next/static), from its
// parsed headers until its response ends. Node publishes each request on a diagnostics channel
// before Next sees it, so no tracer provider has to be registered for this: with one
// registered, Next opens a span for each step of every render, 5–10% of a render's CPU (README,
// Performance, tenth round).
const START = 'http.server.request.start';
const INSTALLED = Symbol.for('portico.requestTiming');

/** The status a request is counted with when its client went away before the response ended (nginx's code for it). */
export const CLIENT_CLOSED_STATUS = 499;

interface HttpMessage {
  request: IncomingMessage;
  response: ServerResponse;
}

/** Idempotent: dev's reloads and a second register() must not time a request twice. */
export function installRequestTiming(matchRoute: RouteMatcher): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  diagnosticsChannel.subscribe(START, (message) => {
    const { request, response } = message as HttpMessage;
    const started = performance.now();
    // The path the client asked for, before any rewrite of Next's changes request.url.
    const pathname = (request.url ?? '').split('?', 1)[0] ?? '';
    // 'close' follows the last byte, or comes first when the connection drops: so the requests a
    // client or the proxy gave up on, often the slowest, are counted too.
    response.once('close', () => {
      const status = response.writableFinished ? response.statusCode : CLIENT_CLOSED_STATUS;
      recordHttpRequest(request.method, matchRoute(pathname), pathname, status, (performance.now() - started) / 1000);
    });
  });
}
