// Integration tests against a real PostgreSQL (DATABASE_URL): each test makes its own user.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { users } from '@/db/schema';
import { authorizeCredentials, type CredentialsDeps } from './credentials';
import { verifyDummyPassword, verifyPassword } from './password';
import { createTestUser, TEST_PASSWORD, uniqueEmail } from '@/tests/helpers/auth-users';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 10 });
afterAll(() => sql.end());

/** Records which argon2 path each attempt took, still doing the real work. */
function recordingDeps() {
  const calls = { real: 0, dummy: 0 };
  const deps: CredentialsDeps = {
    conn: db,
    verifyPassword: (hash, password) => {
      calls.real += 1;
      return verifyPassword(hash, password);
    },
    verifyDummyPassword: (password) => {
      calls.dummy += 1;
      return verifyDummyPassword(password);
    },
  };
  return { calls, deps };
}

// A fresh documentation-range IPv6 address per call keeps the per-IP limit out of the other tests.
const testIp = () => `2001:db8:${randomBytes(8).toString('hex').match(/.{4}/g)!.join(':')}`;

describe('authorizeCredentials', () => {
  it('signs in with the right password, whatever the email case', async () => {
    const user = await createTestUser(db);
    const { deps } = recordingDeps();
    const result = await authorizeCredentials({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD }, testIp(), deps);
    expect(result).toEqual({
      status: 'ok',
      user: { id: user.id, email: user.email, name: 'Test User', sessionVersion: user.sessionVersion },
    });
  });

  it('gives a wrong password, an unknown email and an inactive user the same answer', async () => {
    const user = await createTestUser(db);
    const inactive = await createTestUser(db, { active: false });
    const { calls, deps } = recordingDeps();
    const results = [
      await authorizeCredentials({ email: user.email, password: 'wrong password' }, testIp(), deps),
      await authorizeCredentials({ email: uniqueEmail(), password: TEST_PASSWORD }, testIp(), deps),
      await authorizeCredentials({ email: inactive.email, password: TEST_PASSWORD }, testIp(), deps),
    ];
    expect(results).toEqual([{ status: 'invalid' }, { status: 'invalid' }, { status: 'invalid' }]);
    // The unknown email paid for an argon2 check too (against the dummy hash); the others ran the real one.
    expect(calls).toEqual({ real: 2, dummy: 1 });
  });

  it('checks a user without a password against the dummy hash', async () => {
    const user = await createTestUser(db, { password: null });
    const { calls, deps } = recordingDeps();
    expect(await authorizeCredentials({ email: user.email, password: 'anything' }, testIp(), deps)).toEqual({ status: 'invalid' });
    expect(calls).toEqual({ real: 0, dummy: 1 });
  });

  it('refuses malformed input without touching argon2', async () => {
    const { calls, deps } = recordingDeps();
    expect(await authorizeCredentials({ email: 'not-an-email', password: 'x' }, testIp(), deps)).toEqual({ status: 'invalid' });
    expect(await authorizeCredentials(undefined, testIp(), deps)).toEqual({ status: 'invalid' });
    expect(calls).toEqual({ real: 0, dummy: 0 });
  });

  it('locks an account after 5 attempts, even with the right password, from any IP', async () => {
    const user = await createTestUser(db);
    const { calls, deps } = recordingDeps();
    for (let i = 0; i < 5; i += 1) {
      expect(await authorizeCredentials({ email: user.email, password: `wrong ${i}` }, testIp(), deps)).toEqual({ status: 'invalid' });
    }
    const locked = await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, testIp(), deps);
    expect(locked).toMatchObject({ status: 'rate_limited' });
    expect(locked.status === 'rate_limited' && locked.retryAfterSeconds).toBeGreaterThan(0);
    expect(calls.real).toBe(5); // the refused attempt never reached argon2
  });

  it('clears the account counter after a successful sign-in', async () => {
    const user = await createTestUser(db);
    const { deps } = recordingDeps();
    for (let i = 0; i < 4; i += 1) await authorizeCredentials({ email: user.email, password: 'wrong' }, testIp(), deps);
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, testIp(), deps)).toMatchObject({ status: 'ok' });
    for (let i = 0; i < 4; i += 1) {
      expect(await authorizeCredentials({ email: user.email, password: 'wrong' }, testIp(), deps)).toEqual({ status: 'invalid' });
    }
  });

  it('limits one IP to 20 attempts across accounts', async () => {
    const ip = testIp();
    const { deps } = recordingDeps();
    const results = await Promise.all(
      Array.from({ length: 21 }, () => authorizeCredentials({ email: uniqueEmail(), password: 'guess' }, ip, deps)),
    );
    expect(results.filter((r) => r.status === 'invalid')).toHaveLength(20);
    expect(results.filter((r) => r.status === 'rate_limited')).toHaveLength(1);
  });

  it('reads the active flag at sign-in time', async () => {
    const user = await createTestUser(db);
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    const { deps } = recordingDeps();
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, testIp(), deps)).toEqual({ status: 'invalid' });
  });
});
