// Integration tests against a real PostgreSQL (DATABASE_URL): each test makes its own user.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { register } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { users } from '@/db/schema';
import { ACCOUNT_THROTTLE, authorizeCredentials, IP_THROTTLE, type CredentialsDeps } from './credentials';
import { rememberDevice } from './device-cookie';
import { verifyDummyPassword, verifyPassword } from './password';
import { createTestUser, TEST_PASSWORD, uniqueEmail } from '@/tests/helpers/auth-users';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 10 });
afterAll(() => sql.end());

const SECRET = randomBytes(32).toString('base64url');

/** Records which argon2 path each attempt took, still doing the real work. */
function recordingDeps(now?: Date) {
  const calls = { real: 0, dummy: 0 };
  const deps: CredentialsDeps = {
    conn: db,
    now,
    secret: SECRET,
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

// A fresh documentation-range address per call keeps the per-IP counts out of the other tests.
const testIp = () => `2001:db8:${randomBytes(6).toString('hex').match(/.{4}/g)!.join(':')}::1`;
const from = (ip = testIp(), deviceCookie?: string) => ({ ip, deviceCookie });
const later = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

async function lockoutCount(scope: string): Promise<number> {
  const metric = register.getSingleMetric('portico_sign_in_lockouts_total');
  const values = (await metric?.get())?.values ?? [];
  return values.find((value) => value.labels.scope === scope)?.value ?? 0;
}

describe('authorizeCredentials', () => {
  it('signs in with the right password, whatever the email case', async () => {
    const user = await createTestUser(db);
    const { deps } = recordingDeps();
    const result = await authorizeCredentials({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD }, from(), deps);
    expect(result).toEqual({
      status: 'ok',
      user: { id: user.id, email: user.email, name: 'Test User', sessionVersion: user.sessionVersion },
      knownDevice: false,
    });
  });

  it('gives a wrong password, an unknown email and an inactive user the same answer', async () => {
    const user = await createTestUser(db);
    const inactive = await createTestUser(db, { active: false });
    const { calls, deps } = recordingDeps();
    const results = [
      await authorizeCredentials({ email: user.email, password: 'wrong password' }, from(), deps),
      await authorizeCredentials({ email: uniqueEmail(), password: TEST_PASSWORD }, from(), deps),
      await authorizeCredentials({ email: inactive.email, password: TEST_PASSWORD }, from(), deps),
    ];
    expect(results).toEqual([{ status: 'invalid' }, { status: 'invalid' }, { status: 'invalid' }]);
    // The unknown email paid for an argon2 check too (against the dummy hash); the others ran the real one.
    expect(calls).toEqual({ real: 2, dummy: 1 });
  });

  it('checks a user without a password against the dummy hash', async () => {
    const user = await createTestUser(db, { password: null });
    const { calls, deps } = recordingDeps();
    expect(await authorizeCredentials({ email: user.email, password: 'anything' }, from(), deps)).toEqual({ status: 'invalid' });
    expect(calls).toEqual({ real: 0, dummy: 1 });
  });

  it('refuses malformed input without touching argon2', async () => {
    const { calls, deps } = recordingDeps();
    expect(await authorizeCredentials({ email: 'not-an-email', password: 'x' }, from(), deps)).toEqual({ status: 'invalid' });
    expect(await authorizeCredentials(undefined, from(), deps)).toEqual({ status: 'invalid' });
    expect(calls).toEqual({ real: 0, dummy: 0 });
  });

  it('reads the active flag at sign-in time', async () => {
    const user = await createTestUser(db);
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    const { deps } = recordingDeps();
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, from(), deps)).toEqual({ status: 'invalid' });
  });
});

// Issue 10, finding 3: the per-IP limit counted good sign-ins (an office locked itself out after
// about twenty), and a few wrong guesses locked an account against its own correct password.
describe('sign-in limits count failures and never lock out the innocent', () => {
  it('lets one address sign in correctly as often as it likes', async () => {
    const office = testIp();
    const colleagues = await Promise.all(Array.from({ length: 3 }, () => createTestUser(db)));
    const { deps } = recordingDeps();
    const results = [];
    for (let i = 0; i < IP_THROTTLE.freeFailures + 10; i += 1) {
      results.push((await authorizeCredentials({ email: colleagues[i % 3]!.email, password: TEST_PASSWORD }, from(office), deps)).status);
    }
    expect(results.every((status) => status === 'ok')).toBe(true);
  });

  it('never holds back the right password from a browser that has signed in as the user before', async () => {
    const admin = await createTestUser(db, { role: 'admin' });
    const start = new Date();
    const device = rememberDevice(undefined, admin.id, SECRET, start);
    const { deps } = recordingDeps(start);
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i += 1) {
      expect(await authorizeCredentials({ email: admin.email, password: `guess ${i}` }, from(), deps)).toEqual({ status: 'invalid' });
    }
    // The attacker now has to wait; the admin's own laptop does not, whatever its address.
    expect(await authorizeCredentials({ email: admin.email, password: 'guess 5' }, from(), deps)).toMatchObject({ status: 'rate_limited' });
    expect(await authorizeCredentials({ email: admin.email, password: TEST_PASSWORD }, from(testIp(), device), deps)).toMatchObject({
      status: 'ok',
      knownDevice: true,
    });
  });

  it('slows other browsers down, doubling the wait, and lets the right password in once it is over', async () => {
    const user = await createTestUser(db);
    const start = new Date();
    const { calls, deps } = recordingDeps(start);
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i += 1) await authorizeCredentials({ email: user.email, password: 'wrong' }, from(), deps);
    const refused = await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, from(), deps);
    expect(refused).toEqual({ status: 'rate_limited', retryAfterSeconds: 2 });
    expect(calls.real).toBe(ACCOUNT_THROTTLE.freeFailures); // the refused attempt never reached argon2

    // Each failure after the free ones doubles the wait: 2 s, 4 s, 8 s…
    let now = start;
    for (const wait of [2, 4, 8]) {
      now = later(now, wait);
      expect(await authorizeCredentials({ email: user.email, password: 'wrong' }, from(), { ...deps, now })).toEqual({ status: 'invalid' });
      expect(await authorizeCredentials({ email: user.email, password: 'wrong' }, from(), { ...deps, now })).toEqual({
        status: 'rate_limited',
        retryAfterSeconds: wait * 2,
      });
    }
    now = later(now, 16);
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, from(), { ...deps, now })).toMatchObject({ status: 'ok' });
    // The success cleared the account: five free attempts again.
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i += 1) {
      expect(await authorizeCredentials({ email: user.email, password: 'wrong' }, from(), { ...deps, now })).toEqual({ status: 'invalid' });
    }
  });

  it('caps the wait at five minutes and forgets failures after an hour without any', async () => {
    const user = await createTestUser(db);
    let now = new Date();
    const { deps } = recordingDeps();
    const fail = () => authorizeCredentials({ email: user.email, password: 'wrong' }, from(), { ...deps, now });
    for (let i = 0; i < 15; i += 1) {
      await fail();
      now = later(now, ACCOUNT_THROTTLE.maxDelaySeconds);
    }
    await fail();
    expect(await fail()).toEqual({ status: 'rate_limited', retryAfterSeconds: ACCOUNT_THROTTLE.maxDelaySeconds });
    now = later(now, ACCOUNT_THROTTLE.forgetAfterSeconds + 1);
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i += 1) expect(await fail()).toEqual({ status: 'invalid' });
  });

  it('lets no more than the free guesses through when they all arrive at once', async () => {
    const user = await createTestUser(db);
    const { calls, deps } = recordingDeps(new Date());
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authorizeCredentials({ email: user.email, password: `burst ${i}` }, from(), deps)),
    );
    expect(results.filter((r) => r.status === 'invalid')).toHaveLength(ACCOUNT_THROTTLE.freeFailures);
    expect(results.filter((r) => r.status === 'rate_limited')).toHaveLength(20 - ACCOUNT_THROTTLE.freeFailures);
    expect(calls.real).toBe(ACCOUNT_THROTTLE.freeFailures);
  });

  it('slows down one address guessing across many accounts, but not its known devices', async () => {
    const ip = testIp();
    const user = await createTestUser(db);
    const device = rememberDevice(undefined, user.id, SECRET);
    const { deps } = recordingDeps(new Date());
    const results = await Promise.all(
      Array.from({ length: IP_THROTTLE.freeFailures + 1 }, () => authorizeCredentials({ email: uniqueEmail(), password: 'guess' }, from(ip), deps)),
    );
    expect(results.filter((r) => r.status === 'invalid')).toHaveLength(IP_THROTTLE.freeFailures);
    expect(results.filter((r) => r.status === 'rate_limited')).toHaveLength(1);
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, from(ip), deps)).toMatchObject({ status: 'rate_limited' });
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, from(ip, device), deps)).toMatchObject({ status: 'ok' });
  });

  it('trusts a device cookie only for the user it was made for, and only when signed with our secret', async () => {
    const user = await createTestUser(db);
    const other = await createTestUser(db);
    const { deps } = recordingDeps();
    const ok = { email: user.email, password: TEST_PASSWORD };
    expect(await authorizeCredentials(ok, from(testIp(), rememberDevice(undefined, other.id, SECRET)), deps)).toMatchObject({ knownDevice: false });
    expect(await authorizeCredentials(ok, from(testIp(), rememberDevice(undefined, user.id, 'another secret')), deps)).toMatchObject({
      knownDevice: false,
    });
    expect(await authorizeCredentials(ok, from(testIp(), 'garbage~more.garbage'), deps)).toMatchObject({ knownDevice: false });
    const shared = rememberDevice(rememberDevice(undefined, other.id, SECRET), user.id, SECRET);
    expect(await authorizeCredentials(ok, from(testIp(), shared), deps)).toMatchObject({ knownDevice: true });
  });

  it('holds a known device to its own failures', async () => {
    const user = await createTestUser(db);
    const device = rememberDevice(undefined, user.id, SECRET);
    const { deps } = recordingDeps(new Date());
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i += 1) {
      expect(await authorizeCredentials({ email: user.email, password: 'typo' }, from(testIp(), device), deps)).toEqual({ status: 'invalid' });
    }
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, from(testIp(), device), deps)).toMatchObject({
      status: 'rate_limited',
    });
    // Its failures were its own: other browsers still have the account's free attempts.
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, from(), deps)).toMatchObject({ status: 'ok' });
  });

  it('counts each slow-down as a lockout metric', async () => {
    const user = await createTestUser(db);
    const before = { account: await lockoutCount('account'), ip: await lockoutCount('ip') };
    const { deps } = recordingDeps(new Date());
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures + 1; i += 1) await authorizeCredentials({ email: user.email, password: 'wrong' }, from(), deps);
    expect(await lockoutCount('account')).toBe(before.account + 1);
    expect(await lockoutCount('ip')).toBe(before.ip);
  });
});
