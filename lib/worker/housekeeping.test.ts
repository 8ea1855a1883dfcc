import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { signInThrottles, userSessions, verificationTokens } from '@/db/schema';
import { createTestUser } from '@/tests/helpers/auth-users';
import { runHousekeeping } from './housekeeping';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 2 });
afterAll(() => sql.end());

// The run's clock is set far in the past, so that only this test's rows (dated before it) are
// old enough to go: other test files share the database.
const NOW = new Date('2001-06-01T12:00:00Z');
const before = (hours: number) => new Date(NOW.getTime() - hours * 3600_000);
const after = (hours: number) => new Date(NOW.getTime() + hours * 3600_000);
const tag = () => randomBytes(6).toString('hex');

describe('runHousekeeping', () => {
  // Issue 10, finding 8: verification_tokens grew forever (one row per link request, any address).
  it('drops expired magic-link tokens and keeps live ones', async () => {
    const id = tag();
    await db.insert(verificationTokens).values([
      { identifier: `expired-${id}@example.com`, token: tag(), expires: before(1) },
      { identifier: `live-${id}@example.com`, token: tag(), expires: after(1) },
    ]);
    const report = await runHousekeeping(db, NOW);
    expect(report.verificationTokens).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ identifier: verificationTokens.identifier })
      .from(verificationTokens)
      .where(inArray(verificationTokens.identifier, [`expired-${id}@example.com`, `live-${id}@example.com`]));
    expect(left).toEqual([{ identifier: `live-${id}@example.com` }]);
  });

  it('drops sessions ended over a day ago and throttles forgotten over a day ago', async () => {
    const user = await createTestUser(db);
    const ids = { expired: tag(), revoked: tag(), recent: tag(), current: tag() };
    await db.insert(userSessions).values([
      { id: ids.expired, userId: user.id, expiresAt: before(25) },
      { id: ids.revoked, userId: user.id, expiresAt: after(100), revokedAt: before(25) },
      { id: ids.recent, userId: user.id, expiresAt: after(100), revokedAt: before(2) },
      { id: ids.current, userId: user.id, expiresAt: after(100) },
    ]);
    const keys = { stale: `sign-in:test:${tag()}`, fresh: `sign-in:test:${tag()}` };
    await db.insert(signInThrottles).values([
      { key: keys.stale, failures: 3, lastFailureAt: before(25) },
      { key: keys.fresh, failures: 3, lastFailureAt: before(2) },
    ]);
    await runHousekeeping(db, NOW);
    const sessions = await db.select({ id: userSessions.id }).from(userSessions).where(eq(userSessions.userId, user.id));
    expect(sessions.map((row) => row.id).sort()).toEqual([ids.recent, ids.current].sort());
    const throttles = await db.select({ key: signInThrottles.key }).from(signInThrottles).where(inArray(signInThrottles.key, [keys.stale, keys.fresh]));
    expect(throttles).toEqual([{ key: keys.fresh }]);
  });
});
