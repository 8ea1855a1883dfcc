import 'server-only';
import { clientIp } from '@/lib/auth/client-ip';
import { env } from '@/lib/env';
import { hitRateLimit, minutesUntil, type RateLimitRule } from '@/lib/rate-limit';

export const webApplyRule = (): RateLimitRule => ({ limit: env.APPLY_RATE_LIMIT, windowMs: 10 * 60_000 });

/**
 * Counts an application post from the client's IP. Each post can store 10 MB of files and
 * queue an email, so one client cannot post without end. Clients without a known address share
 * one budget (clientIp's `local`/`unknown`): a garbage header must not switch the limit off.
 * Returns the refusal message, or null when the post may go on.
 */
export async function checkWebApplyLimit(headers: Pick<Headers, 'get'>, rule: RateLimitRule = webApplyRule()): Promise<string | null> {
  const result = await hitRateLimit(`apply-web:ip:${clientIp(headers)}`, rule);
  if (result.allowed) return null;
  return `Too many applications have been sent from your network in a short time. Please try again in ${minutesUntil(result.retryAfterSeconds)}.`;
}
