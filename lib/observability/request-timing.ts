import 'server-only';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordHttpRequest } from '@/lib/metrics/http';
import type { RouteMatcher } from './route-patterns';

// Feeds portico_http_request_duration_seconds: every request Node's HTTP server answers (Next's
// pages, route handlers, actions, static files), from its parsed headers to its last byte. Node
// publishes both ends on diagnostics channels, so no tracer provider has to be registered for
// it: with one registered, Next opens a span for each step of every render, 5–10% of a render's
// CPU (README, Performance, tenth round).
const START = 'http.server.request.start';
const FINISH = 'http.server.response.finish';
const INSTALLED = Symbol.for('portico.requestTiming');

interface HttpMessage {
  request: IncomingMessage;
  response: ServerResponse;
}

// Keyed by the response, so a request whose client went away before the end leaves nothing behind.
const started = new WeakMap<ServerResponse, { at: number; pathname: string }>();

/** Idempotent: dev's reloads and a second register() must not time a request twice. */
export function installRequestTiming(matchRoute: RouteMatcher): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  diagnosticsChannel.subscribe(START, (message) => {
    const { request, response } = message as HttpMessage;
    // The path the client asked for, before any rewrite of Next's changes request.url.
    started.set(response, { at: performance.now(), pathname: (request.url ?? '').split('?', 1)[0] ?? '' });
  });
  diagnosticsChannel.subscribe(FINISH, (message) => {
    const { request, response } = message as HttpMessage;
    const start = started.get(response);
    if (!start) return;
    started.delete(response);
    recordHttpRequest(request.method, matchRoute(start.pathname), start.pathname, response.statusCode, (performance.now() - start.at) / 1000);
  });
}
