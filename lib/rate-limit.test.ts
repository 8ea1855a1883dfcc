// Integration tests against a real PostgreSQL (DATABASE_URL). Every test uses its own keys.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { hitRateLimit, minutesUntil, timeUntil, pruneRateLimits, resetRateLimit, windowStartFor, type RateLimitRule } from './rate-limit';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db: conn, sql } = createDb(url, { max: 20 });
afterAll(() => sql.end());

const MINUTE = 60_000;
const rule: RateLimitRule = { limit: 3, windowMs: 15 * MINUTE };
const key = () => `test:${randomUUID()}`;
// A fixed instant 5 minutes into a 15-minute window, so window maths is predictable.
const start = new Date(Math.ceil(Date.now() / rule.windowMs) * rule.windowMs);
const at = (offsetMs: number) => new Date(start.getTime() + 5 * MINUTE + offsetMs);

async function hits(k: string, n: number, now = at(0)) {
  const results = [];
  for (let i = 0; i < n; i += 1) results.push(await hitRateLimit(k, rule, { now, conn }));
  return results;
}

describe('hitRateLimit', () => {
  it('allows up to the limit in a window and refuses the next hit', async () => {
    const results = await hits(key(), 4);
    expect(results.map((r) => [r.count, r.allowed, r.remaining])).toEqual([
      [1, true, 2],
      [2, true, 1],
      [3, true, 0],
      [4, false, 0],
    ]);
  });

  it('says when the window ends', async () => {
    const [result] = await hits(key(), 1);
    expect(result!.resetAt).toEqual(new Date(start.getTime() + rule.windowMs));
    expect(result!.retryAfterSeconds).toBe(10 * 60);
    expect(minutesUntil(result!.retryAfterSeconds)).toBe('10 minutes');
    expect(minutesUntil(30)).toBe('1 minute');
    expect(timeUntil(1)).toBe('1 second');
    expect(timeUntil(8)).toBe('8 seconds');
    expect(timeUntil(90)).toBe('2 minutes');
  });

  it('starts counting again in the next window', async () => {
    const k = key();
    await hits(k, 4, at(0));
    const [next] = await hits(k, 1, at(rule.windowMs));
    expect(next).toMatchObject({ count: 1, allowed: true });
  });

  it('keeps keys apart', async () => {
    const [a, b] = [key(), key()];
    await hits(a, 4);
    const [other] = await hits(b, 1);
    expect(other).toMatchObject({ count: 1, allowed: true });
  });

  it('counts concurrent hits exactly', async () => {
    const k = key();
    const many: RateLimitRule = { limit: 20, windowMs: rule.windowMs };
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(k, many, { now: at(0), conn })));
    expect(results.map((r) => r.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(results.every((r) => r.allowed)).toBe(true);
    const [twentyFirst] = await Promise.all([hitRateLimit(k, many, { now: at(0), conn })]);
    expect(twentyFirst).toMatchObject({ count: 21, allowed: false });
  });

  it('forgets a window on reset', async () => {
    const k = key();
    await hits(k, 4);
    await resetRateLimit(k, rule, { now: at(0), conn });
    const [after] = await hits(k, 1);
    expect(after).toMatchObject({ count: 1, allowed: true });
  });

  it('prunes only windows older than asked', async () => {
    const [old, current] = [key(), key()];
    const longAgo = new Date(start.getTime() - 100 * rule.windowMs);
    await hitRateLimit(old, rule, { now: longAgo, conn });
    await hits(current, 1);
    await pruneRateLimits(50 * rule.windowMs, { now: at(0), conn });
    const rows = await sql<{ key: string }[]>`select key from rate_limit_hits where key in (${old}, ${current})`;
    expect(rows.map((row) => row.key)).toEqual([current]);
    expect(windowStartFor(rule, at(0))).toEqual(start);
  });
});
