import 'server-only';
import { hitRateLimit, isRateLimited, type RateLimitRule } from '@/lib/rate-limit';

// Status links are 256-bit tokens, so guessing cannot work; the limit keeps anyone from trying
// at scale. Only wrong tokens count, per client IP: a candidate opening their own link is never
// limited, and once an IP has made this many wrong guesses it gets no answer for any token
// (a right one included) until the window ends.
export const STATUS_GUESS_RULE: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };

/** `client` is clientIp()'s key for the request. */
const keyFor = (client: string) => `status-token:ip:${client}`;

export function statusLookupBlocked(client: string): Promise<boolean> {
  return isRateLimited(keyFor(client), STATUS_GUESS_RULE);
}

export async function countWrongStatusToken(client: string): Promise<void> {
  await hitRateLimit(keyFor(client), STATUS_GUESS_RULE);
}
