import 'server-only';
import { hitRateLimit, isRateLimited, type RateLimitRule } from '@/lib/rate-limit';

// Status links are 256-bit tokens, so guessing cannot work; the limit keeps anyone from trying
// at scale. Only wrong tokens count, per client IP: a candidate opening their own link is never
// limited, and once an IP has made this many wrong guesses it gets no answer for any token
// (a right one included) until the window ends.
export const STATUS_GUESS_RULE: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };

const keyFor = (ip: string | null) => `status-token:ip:${ip ?? 'unknown'}`;

export function statusLookupBlocked(ip: string | null): Promise<boolean> {
  return isRateLimited(keyFor(ip), STATUS_GUESS_RULE);
}

export async function countWrongStatusToken(ip: string | null): Promise<void> {
  await hitRateLimit(keyFor(ip), STATUS_GUESS_RULE);
}
