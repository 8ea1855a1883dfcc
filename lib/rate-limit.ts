import 'server-only';
import type { DbOrTx } from '@/db/client';
import { countRateLimitHits, deleteExpiredRateLimitHits, deleteRateLimitHits, incrementRateLimitHit } from '@/db/queries/rate-limits';

// Fixed-window counters in PostgreSQL (rate_limit_hits), shared by every app instance.
// Windows are aligned to the epoch, so a key's window is the same on every instance.

export interface RateLimitRule {
  /** Hits allowed per window; the next one is refused. */
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Hits counted in this window, this one included. */
  count: number;
  remaining: number;
  resetAt: Date;
  retryAfterSeconds: number;
}

interface Options {
  now?: Date;
  conn?: DbOrTx;
}

export function windowStartFor(rule: RateLimitRule, now: Date): Date {
  return new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
}

/** Counts a hit, then says whether it is within the limit (hit-then-check: races cannot overshoot). */
export async function hitRateLimit(key: string, rule: RateLimitRule, { now = new Date(), conn }: Options = {}): Promise<RateLimitResult> {
  const windowStart = windowStartFor(rule, now);
  const count = await incrementRateLimitHit(key, windowStart, conn);
  const resetAt = new Date(windowStart.getTime() + rule.windowMs);
  return {
    allowed: count <= rule.limit,
    count,
    remaining: Math.max(0, rule.limit - count),
    resetAt,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)),
  };
}

/** Whether the key has used up its window, without counting a hit (for limits on failures only). */
export async function isRateLimited(key: string, rule: RateLimitRule, { now = new Date(), conn }: Options = {}): Promise<boolean> {
  return (await countRateLimitHits(key, windowStartFor(rule, now), conn)) >= rule.limit;
}

/** Forgets the current window's hits (e.g. an account's failed sign-ins once it signs in). */
export async function resetRateLimit(key: string, rule: RateLimitRule, { now = new Date(), conn }: Options = {}): Promise<void> {
  await deleteRateLimitHits(key, windowStartFor(rule, now), conn);
}

/** Drops windows older than the longest rule's window; for a periodic job. */
export function pruneRateLimits(olderThanMs: number, { now = new Date(), conn }: Options = {}): Promise<number> {
  return deleteExpiredRateLimitHits(new Date(now.getTime() - olderThanMs), conn);
}

/** "Try again in 3 minutes." */
export function minutesUntil(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** "Wait 8 seconds" for short waits, minutes from one minute on. */
export function timeUntil(retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  if (seconds >= 60) return minutesUntil(seconds);
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
