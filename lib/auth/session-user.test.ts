// Integration tests against a real PostgreSQL (DATABASE_URL): each test makes its own user.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { incrementUserSessionVersion } from '@/db/queries/users';
import { users } from '@/db/schema';
import { hasRole, readSessionClaims, resolveSessionUser } from './session-user';
import { createTestUser } from '@/tests/helpers/auth-users';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 4 });
afterAll(() => sql.end());

describe('resolveSessionUser', () => {
  it('returns the user behind a current session, without secrets', async () => {
    const user = await createTestUser(db);
    const resolved = await resolveSessionUser({ userId: user.id, sessionVersion: user.sessionVersion }, db);
    expect(resolved).toEqual({ id: user.id, email: user.email, name: 'Test User', role: 'hiring_manager' });
  });

  it('rejects every older session once the version is bumped ("sign out of all devices")', async () => {
    const user = await createTestUser(db);
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };
    const next = await incrementUserSessionVersion(user.id, db);
    expect(next).toBe(user.sessionVersion + 1);
    expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: next! }, db)).not.toBeNull();
  });

  it('shows a role change on the next request', async () => {
    const user = await createTestUser(db);
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };
    await db.update(users).set({ role: 'admin' }).where(eq(users.id, user.id));
    expect(await resolveSessionUser(claims, db)).toMatchObject({ role: 'admin' });
    await db.update(users).set({ role: 'hiring_manager' }).where(eq(users.id, user.id));
    expect(await resolveSessionUser(claims, db)).toMatchObject({ role: 'hiring_manager' });
  });

  it('rejects a deactivated user at once', async () => {
    const user = await createTestUser(db);
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await resolveSessionUser(claims, db)).toBeNull();
  });

  it('rejects a deleted user and no session at all', async () => {
    const user = await createTestUser(db);
    await db.delete(users).where(eq(users.id, user.id));
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: user.sessionVersion }, db)).toBeNull();
    expect(await resolveSessionUser(null, db)).toBeNull();
  });
});

describe('readSessionClaims', () => {
  it('needs both a user id and a numeric version', () => {
    expect(readSessionClaims({ userId: 'u1', sessionVersion: 3 })).toEqual({ userId: 'u1', sessionVersion: 3 });
    expect(readSessionClaims({ userId: 'u1' })).toBeNull();
    expect(readSessionClaims({ userId: '', sessionVersion: 1 })).toBeNull();
    expect(readSessionClaims({ userId: 'u1', sessionVersion: '1' })).toBeNull();
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
