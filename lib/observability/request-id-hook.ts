import 'server-only';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { enterLogContext, setServerAction, type LogContext } from './log-context';
import { isDirectPrivatePeer } from './peer-address';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';

// Node publishes every request its HTTP server parses on this channel, synchronously, before
// the server's 'request' handler (Next's) runs. So every request Next serves — pages from the
// cache, static files, route handlers, actions — gets its id here with no middleware on the
// path, and nothing per-request ever reaches a cached page's HTML.
const CHANNEL = 'http.server.request.start';
const INSTALLED = Symbol.for('portico.requestIdHook');

/** Set by this hook only (any copy a client sends is removed first): see lib/metrics/access.ts. */
export const PRIVATE_PEER_HEADER = 'x-portico-private-peer';
const ACTION_ID = /^[0-9a-f]{40,64}$/;

interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
}

function onRequestStart(message: unknown): void {
  const { request, response } = message as RequestStart;
  const id = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  // Normalised in place, so headers() in a route, action or onRequestError reads this same id.
  request.headers[REQUEST_ID_HEADER] = id;
  response.setHeader('X-Request-Id', id);
  // Server-Timing is the one response header a page's own script can read (Performance API):
  // the error pages show the id from it, so a person can quote it to support.
  response.setHeader('Server-Timing', `request;desc="${id}"`);

  delete request.headers[PRIVATE_PEER_HEADER];
  if (isDirectPrivatePeer(request.socket.remoteAddress, request.headers)) request.headers[PRIVATE_PEER_HEADER] = '1';

  const context: LogContext = { requestId: id };
  const action = request.headers['next-action'];
  if (typeof action === 'string' && ACTION_ID.test(action)) setServerAction(context, action);
  enterLogContext(context);
}

export function isRequestIdHookInstalled(): boolean {
  return Boolean((globalThis as unknown as Record<symbol, boolean | undefined>)[INSTALLED]);
}

/** Idempotent: dev's reloads and a second register() must not stamp a request twice. */
export function installRequestIdHook(): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  diagnosticsChannel.subscribe(CHANNEL, onRequestStart);
}
