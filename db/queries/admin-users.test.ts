// Integration tests against a real PostgreSQL (DATABASE_URL): each test makes its own users.
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type DbOrTx } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { createTestUser, signInTestSession } from '@/tests/helpers/auth-users';
import { rolledBack } from '@/tests/helpers/rolled-back';
import { changeUserRole, countUsersByStatus, getUserForAdmin, listUsers, setUserActive } from './admin-users';
import { inviteUser } from './invitations';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql: client } = createDb(url, { max: 6 });
afterAll(() => client.end());

const asActor = (user: { id: string }, role: 'admin' | 'hiring_manager' = 'admin') => ({ id: user.id, role });
const versionOf = async (id: string, conn: DbOrTx = db) =>
  (await conn.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)))[0]?.v;
const lastAudit = async (id: string, conn: DbOrTx = db) =>
  (
    await conn
      .select({ action: auditLog.action, actor: auditLog.actorUserId, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id))
      .limit(1)
  )[0];


describe('changeUserRole', () => {
  it('changes the role, ends the user’s sessions and records before → after', async () => {
    const admin = await createTestUser(db, { role: 'admin' });
    const user = await createTestUser(db);
    const claims = await signInTestSession(db, user);
    expect(await changeUserRole(asActor(admin), { userId: user.id, role: 'admin' }, db)).toEqual({ ok: true, changed: true });
    expect(await versionOf(user.id)).toBe(user.sessionVersion + 1);
    expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await lastAudit(user.id)).toEqual({ action: 'user.role_changed', actor: admin.id, before: { role: 'hiring_manager' }, after: { role: 'admin' } });
  });

  it('does nothing for the role the user already has', async () => {
    const admin = await createTestUser(db, { role: 'admin' });
    const user = await createTestUser(db);
    expect(await changeUserRole(asActor(admin), { userId: user.id, role: 'hiring_manager' }, db)).toEqual({ ok: true, changed: false });
    expect(await versionOf(user.id)).toBe(user.sessionVersion);
    expect(await lastAudit(user.id)).toBeUndefined();
  });

  it('refuses to demote yourself, a hiring manager, and unknown users', async () => {
    const admin = await createTestUser(db, { role: 'admin' });
    const manager = await createTestUser(db);
    const user = await createTestUser(db);
    expect(await changeUserRole(asActor(admin), { userId: admin.id, role: 'hiring_manager' }, db)).toEqual({ ok: false, reason: 'self' });
    expect(await changeUserRole(asActor(manager, 'hiring_manager'), { userId: user.id, role: 'admin' }, db)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await changeUserRole(asActor(admin), { userId: crypto.randomUUID(), role: 'admin' }, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await versionOf(admin.id)).toBe(admin.sessionVersion);
    expect(await versionOf(user.id)).toBe(user.sessionVersion);
  });

  it('never demotes or deactivates the last active admin', async () => {
    const admin = await createTestUser(db, { role: 'admin' });
    const other = await createTestUser(db, { role: 'admin' });
    await rolledBack(db, async (tx) => {
      // The lock changeUser takes, first: tests changing users in parallel wait instead of deadlocking.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('portico.users.active-admins'))`);
      // In this transaction only: `other` is the one active admin left (besides the actor, who is deactivated too).
      await tx.update(users).set({ active: false }).where(and(eq(users.role, 'admin'), ne(users.id, other.id)));
      const actor = asActor(admin);
      expect(await changeUserRole(actor, { userId: other.id, role: 'hiring_manager' }, tx)).toEqual({ ok: false, reason: 'last-admin' });
      expect(await setUserActive(actor, { userId: other.id, active: false }, tx)).toEqual({ ok: false, reason: 'last-admin' });
      expect(await versionOf(other.id, tx)).toBe(other.sessionVersion);
      // With a second active admin, the same change goes through.
      await tx.update(users).set({ active: true }).where(eq(users.id, admin.id));
      expect(await setUserActive(actor, { userId: other.id, active: false }, tx)).toEqual({ ok: true, changed: true });
    });
  });
});

describe('setUserActive', () => {
  it('deactivates and reactivates, bumping session_version each time', async () => {
    const admin = await createTestUser(db, { role: 'admin' });
    const user = await createTestUser(db);
    const claims = await signInTestSession(db, user);
    expect(await resolveSessionUser(claims, db)).not.toBeNull();

    expect(await setUserActive(asActor(admin), { userId: user.id, active: false }, db)).toEqual({ ok: true, changed: true });
    expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await versionOf(user.id)).toBe(user.sessionVersion + 1);
    expect(await lastAudit(user.id)).toEqual({ action: 'user.deactivated', actor: admin.id, before: { active: true }, after: { active: false } });
    expect((await getUserForAdmin(asActor(admin), user.id, db))?.status).toBe('deactivated');

    expect(await setUserActive(asActor(admin), { userId: user.id, active: true }, db)).toEqual({ ok: true, changed: true });
    expect(await versionOf(user.id)).toBe(user.sessionVersion + 2);
    // The old session stays ended; signing in again makes a new one.
    expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await lastAudit(user.id)).toMatchObject({ action: 'user.reactivated', after: { active: true } });
  });

  it('refuses to deactivate yourself, and a hiring manager', async () => {
    const admin = await createTestUser(db, { role: 'admin' });
    const manager = await createTestUser(db);
    expect(await setUserActive(asActor(admin), { userId: admin.id, active: false }, db)).toEqual({ ok: false, reason: 'self' });
    expect(await setUserActive(asActor(manager, 'hiring_manager'), { userId: admin.id, active: false }, db)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await versionOf(admin.id)).toBe(admin.sessionVersion);
  });
});

describe('listUsers', () => {
  it('shows each user’s status, page by page in email order', async () => {
    const admin = await createTestUser(db, { role: 'admin' });
    const active = await createTestUser(db);
    const gone = await createTestUser(db, { active: false });
    const invited = await inviteUser(asActor(admin), { name: 'Ida Invited', email: `it-auth-${crypto.randomUUID()}@example.com`, role: 'hiring_manager' }, db);
    if (!invited.ok) throw new Error('invite failed');

    const seen = new Map<string, string>();
    let after: string | undefined;
    for (;;) {
      const page = await listUsers(asActor(admin), { after }, db);
      for (const user of page.users) {
        expect(seen.has(user.id)).toBe(false);
        seen.set(user.id, user.status);
      }
      if (!page.nextAfter) break;
      after = page.nextAfter;
    }
    expect(seen.get(active.id)).toBe('active');
    expect(seen.get(gone.id)).toBe('deactivated');
    expect(seen.get(invited.userId)).toBe('invited');
    const detail = await getUserForAdmin(asActor(admin), invited.userId, db);
    expect(detail?.invitationExpiresAt?.getTime()).toBe(invited.expiresAt.getTime());
    expect(detail?.invitationExpired).toBe(false);

    const counts = await countUsersByStatus(db);
    expect(counts.invited).toBeGreaterThan(0);
    expect(await listUsers(asActor(active, 'hiring_manager'), {}, db)).toEqual({ users: [], nextAfter: null });
  });
});
