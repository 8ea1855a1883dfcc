// How long a failed email waits before its next attempt: 30 s, 1 min, 2 min, … capped at one
// hour, for MAX_ATTEMPTS attempts in all (about six hours of trying) before it is marked failed.
export const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** The wait after the given (1-based) failed attempt; null when there is no next attempt. */
export function retryDelayMs(attempts: number, maxAttempts: number = MAX_ATTEMPTS): number | null {
  if (attempts >= maxAttempts) return null;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}
