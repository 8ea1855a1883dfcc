import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

// The closing-date sweep's own request to this app proves itself with a token derived from
// AUTH_SECRET: an HMAC of a fixed label, so the secret itself never travels in a header and
// a leaked token opens this one route only (and changes whenever AUTH_SECRET is rotated).
export const SWEEP_TOKEN_HEADER = 'x-portico-sweep-token';
const LABEL = 'portico:close-expired-jobs:v1';

export function sweepToken(authSecret: string): string {
  return createHmac('sha256', authSecret).update(LABEL).digest('base64url');
}

/** Constant-time comparison, so the response time does not reveal how much of a guess was right. */
export function isValidSweepToken(presented: string | null, authSecret: string | undefined): boolean {
  if (!presented || !authSecret) return false;
  const expected = Buffer.from(sweepToken(authSecret));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
