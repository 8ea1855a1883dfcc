import { randomBytes } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

// nginx's $request_id is 32 hex digits; tracing systems and load balancers use UUIDs and the
// like. Anything else (too long, spaces, quotes, control characters) is replaced, never logged.
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

export function isWellFormedRequestId(value: unknown): value is string {
  return typeof value === 'string' && WELL_FORMED.test(value);
}

/** The proxy's id when it sent a well-formed one, else a new one in the same shape as nginx's. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return isWellFormedRequestId(value) ? value : randomBytes(16).toString('hex');
}
