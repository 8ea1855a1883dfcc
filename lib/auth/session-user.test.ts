// Integration tests against a real PostgreSQL (DATABASE_URL): each test makes its own user.
import { eq, sql as raw } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { revokeAllUserSessions, revokeUserSession } from '@/db/queries/user-sessions';
import { userSessions, users } from '@/db/schema';
import { hasRole, readSessionClaims, resolveSessionUser } from './session-user';
import { createTestUser, signInTestSession } from '@/tests/helpers/auth-users';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 4 });
afterAll(() => sql.end());

describe('resolveSessionUser', () => {
  it('returns the user behind a current session, without secrets', async () => {
    const user = await createTestUser(db);
    const resolved = await resolveSessionUser(await signInTestSession(db, user), db);
    expect(resolved).toEqual({ id: user.id, email: user.email, name: 'Test User', role: 'hiring_manager' });
  });

  // Issue 10, finding 10: a copied token kept working for days after "Sign out".
  it('rejects a signed-out session, for every copy of its token, and only that session', async () => {
    const user = await createTestUser(db);
    const signedOut = await signInTestSession(db, user);
    const otherDevice = await signInTestSession(db, user);
    await revokeUserSession(signedOut.sessionId, db);
    expect(await resolveSessionUser(signedOut, db)).toBeNull();
    expect(await resolveSessionUser({ ...signedOut }, db)).toBeNull();
    expect(await resolveSessionUser(otherDevice, db)).not.toBeNull();
  });

  it('rejects every session of the user after "sign out of all devices", and no one else’s', async () => {
    const user = await createTestUser(db);
    const someoneElse = await signInTestSession(db, await createTestUser(db));
    const sessions = [await signInTestSession(db, user), await signInTestSession(db, user)];
    expect(await revokeAllUserSessions(user.id, db)).toBe(2);
    for (const claims of sessions) expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await resolveSessionUser(someoneElse, db)).not.toBeNull();
  });

  it('rejects an expired session, an unknown session id and another user’s session id', async () => {
    const user = await createTestUser(db);
    const other = await createTestUser(db);
    const expired = await signInTestSession(db, user);
    await db.update(userSessions).set({ expiresAt: raw`now() - interval '1 second'` }).where(eq(userSessions.id, expired.sessionId));
    expect(await resolveSessionUser(expired, db)).toBeNull();
    const current = await signInTestSession(db, user);
    expect(await resolveSessionUser({ ...current, sessionId: 'no-such-session' }, db)).toBeNull();
    const othersSession = await signInTestSession(db, other);
    expect(await resolveSessionUser({ ...current, sessionId: othersSession.sessionId }, db)).toBeNull();
  });

  it('rejects every older session once the version is bumped', async () => {
    const user = await createTestUser(db);
    const claims = await signInTestSession(db, user);
    await db.update(users).set({ sessionVersion: raw`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
    expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await resolveSessionUser({ ...claims, sessionVersion: claims.sessionVersion + 1 }, db)).not.toBeNull();
  });

  it('shows a role change on the next request', async () => {
    const user = await createTestUser(db);
    const claims = await signInTestSession(db, user);
    await db.update(users).set({ role: 'admin' }).where(eq(users.id, user.id));
    expect(await resolveSessionUser(claims, db)).toMatchObject({ role: 'admin' });
    await db.update(users).set({ role: 'hiring_manager' }).where(eq(users.id, user.id));
    expect(await resolveSessionUser(claims, db)).toMatchObject({ role: 'hiring_manager' });
  });

  it('rejects a deactivated user at once', async () => {
    const user = await createTestUser(db);
    const claims = await signInTestSession(db, user);
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await resolveSessionUser(claims, db)).toBeNull();
  });

  it('rejects a deleted user and no session at all', async () => {
    const user = await createTestUser(db);
    const claims = await signInTestSession(db, user);
    await db.delete(users).where(eq(users.id, user.id));
    expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await resolveSessionUser(null, db)).toBeNull();
  });
});

describe('readSessionClaims', () => {
  it('needs a user id, a numeric version and a session id', () => {
    expect(readSessionClaims({ userId: 'u1', sessionVersion: 3, sessionId: 's1' })).toEqual({ userId: 'u1', sessionVersion: 3, sessionId: 's1' });
    expect(readSessionClaims({ userId: 'u1', sessionId: 's1' })).toBeNull();
    expect(readSessionClaims({ userId: '', sessionVersion: 1, sessionId: 's1' })).toBeNull();
    expect(readSessionClaims({ userId: 'u1', sessionVersion: '1', sessionId: 's1' })).toBeNull();
    // A token issued before sessions had a server-side record.
    expect(readSessionClaims({ userId: 'u1', sessionVersion: 3 })).toBeNull();
    expect(readSessionClaims(null)).toBeNull();
  });
});

describe('hasRole', () => {
  const base = { id: 'u', email: 'u@example.com', name: null };
  it('lets admins do what hiring managers do, not the other way round', () => {
    expect(hasRole({ ...base, role: 'admin' }, 'hiring_manager')).toBe(true);
    expect(hasRole({ ...base, role: 'hiring_manager' }, 'admin')).toBe(false);
  });
});
