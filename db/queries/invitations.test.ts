// Integration tests against a real PostgreSQL (DATABASE_URL): each test invites its own people.
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { auditLog, userInvitations, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { createTestUser, uniqueEmail } from '@/tests/helpers/auth-users';
import { acceptInvitation } from '@/lib/auth/invitations';
import { cancelInvitation, getInvitationByToken, hashInvitationToken, inviteUser, renewInvitation } from './invitations';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 6 });
afterAll(() => sql.end());

const PASSWORD = 'a long enough passphrase';

async function newAdmin() {
  const admin = await createTestUser(db, { role: 'admin' });
  return { id: admin.id, role: 'admin' as const };
}

async function invite(overrides: { email?: string; role?: 'admin' | 'hiring_manager' } = {}) {
  const admin = await newAdmin();
  const result = await inviteUser(admin, { name: 'Grace Hopper', email: overrides.email ?? uniqueEmail(), role: overrides.role ?? 'hiring_manager' }, db);
  if (!result.ok) throw new Error(`invite refused: ${result.reason}`);
  return { admin, ...result };
}

const userRow = async (id: string) =>
  (await db.select({ active: users.active, passwordHash: users.passwordHash, role: users.role }).from(users).where(eq(users.id, id)))[0];

const auditFor = (userId: string) =>
  db.select({ action: auditLog.action, actor: auditLog.actorUserId, after: auditLog.after }).from(auditLog)
    .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, userId))).orderBy(desc(auditLog.id));

describe('inviteUser', () => {
  it('creates an inactive user and stores only the hash of a 32-byte, 72-hour token', async () => {
    const before = Date.now();
    const { admin, userId, token, expiresAt, email } = await invite({ role: 'admin' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(await userRow(userId)).toEqual({ active: false, passwordHash: null, role: 'admin' });
    const [stored] = await db.select().from(userInvitations).where(eq(userInvitations.userId, userId));
    expect(stored?.tokenHash).toBe(hashInvitationToken(token));
    expect(stored?.tokenHash).not.toContain(token);
    expect(stored?.invitedByUserId).toBe(admin.id);
    const hours = (expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThan(72.1);
    expect(await auditFor(userId)).toEqual([
      { action: 'user.invited', actor: admin.id, after: { email, name: 'Grace Hopper', role: 'admin', expiresAt: expiresAt.toISOString() } },
    ]);
  });

  it('refuses an email that already has a user, saying whether they are still invited', async () => {
    const { userId, email } = await invite();
    const admin = await newAdmin();
    expect(await inviteUser(admin, { name: 'Again', email, role: 'admin' }, db)).toEqual({ ok: false, reason: 'exists', userId, pending: true });
    const member = await createTestUser(db);
    expect(await inviteUser(admin, { name: 'Again', email: member.email, role: 'admin' }, db)).toEqual({
      ok: false,
      reason: 'exists',
      userId: member.id,
      pending: false,
    });
    expect(await db.select().from(userInvitations).where(eq(userInvitations.userId, member.id))).toEqual([]);
  });

  it('refuses a hiring manager and writes nothing', async () => {
    const manager = await createTestUser(db);
    const email = uniqueEmail();
    expect(await inviteUser({ id: manager.id, role: 'hiring_manager' }, { name: 'X', email, role: 'admin' }, db)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
    expect(await renewInvitation({ id: manager.id, role: 'hiring_manager' }, manager.id, db)).toEqual({ ok: false, reason: 'forbidden' });
  });
});

describe('acceptInvitation', () => {
  it('sets an argon2id password, activates the user, and works only once', async () => {
    const { userId, token } = await invite();
    expect(await getInvitationByToken(token, db)).toMatchObject({ status: 'valid', name: 'Grace Hopper' });
    expect(await acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }, db)).toEqual({ ok: true, userId });
    const user = await userRow(userId);
    expect(user?.active).toBe(true);
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user!.passwordHash!, PASSWORD)).toBe(true);

    expect(await acceptInvitation({ token, password: 'another passphrase!', confirmPassword: 'another passphrase!' }, db)).toEqual({
      ok: false,
      reason: 'used',
    });
    expect(await verifyPassword((await userRow(userId))!.passwordHash!, PASSWORD)).toBe(true);
    expect((await auditFor(userId))[0]).toEqual({ action: 'user.invitation_accepted', actor: userId, after: { active: true } });
  });

  it('lets exactly one of several simultaneous submissions of a link through', async () => {
    const { token } = await invite();
    const results = await Promise.all([1, 2, 3].map(() => acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }, db)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: 'used' },
      { ok: false, reason: 'used' },
    ]);
  });

  it('refuses an expired link and an unknown one', async () => {
    const { userId, token } = await invite();
    await db.update(userInvitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(userInvitations.userId, userId));
    expect(await getInvitationByToken(token, db)).toEqual({ status: 'expired' });
    expect(await acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }, db)).toEqual({ ok: false, reason: 'expired' });
    expect(await userRow(userId)).toMatchObject({ active: false, passwordHash: null });
    const unknown = 'x'.repeat(43);
    expect(await acceptInvitation({ token: unknown, password: PASSWORD, confirmPassword: PASSWORD }, db)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('returns every password problem and leaves the link usable', async () => {
    const { token, email, userId } = await invite();
    const tooShort = await acceptInvitation({ token, password: 'short', confirmPassword: 'shorter' }, db);
    expect(tooShort).toEqual({
      ok: false,
      reason: 'input',
      fieldErrors: { password: ['Choose a password of at least 12 characters'], confirmPassword: ['Enter the same password again'] },
    });
    const isEmail = await acceptInvitation({ token, password: email.toUpperCase(), confirmPassword: email.toUpperCase() }, db);
    expect(isEmail).toMatchObject({ reason: 'input', fieldErrors: { password: ['Choose a password that isn’t your email address'] } });
    expect(await getInvitationByToken(token, db)).toMatchObject({ status: 'valid' });
    expect(await userRow(userId)).toMatchObject({ active: false });
  });
});

describe('renewInvitation', () => {
  it('issues a new link and stops the older ones', async () => {
    const { admin, userId, token: first } = await invite();
    const renewed = await renewInvitation(admin, userId, db);
    if (!renewed.ok) throw new Error(renewed.reason);
    expect(renewed.token).not.toBe(first);
    expect(await getInvitationByToken(first, db)).toEqual({ status: 'expired' });
    expect(await acceptInvitation({ token: first, password: PASSWORD, confirmPassword: PASSWORD }, db)).toEqual({ ok: false, reason: 'expired' });
    expect(await acceptInvitation({ token: renewed.token, password: PASSWORD, confirmPassword: PASSWORD }, db)).toEqual({ ok: true, userId });
    expect((await auditFor(userId)).map((e) => e.action)).toEqual(['user.invitation_accepted', 'user.invitation_renewed', 'user.invited']);
  });

  it('refuses users who have accepted already, and unknown ones', async () => {
    const admin = await newAdmin();
    const member = await createTestUser(db);
    expect(await renewInvitation(admin, member.id, db)).toEqual({ ok: false, reason: 'not-pending' });
    expect(await renewInvitation(admin, crypto.randomUUID(), db)).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('cancelInvitation', () => {
  it('stops every unused link at once; the person stays invited, inactive, and can be sent a new link', async () => {
    const { admin, userId, token } = await invite();
    expect(await cancelInvitation(admin, userId, db)).toEqual({ ok: true, cancelled: 1 });
    expect(await getInvitationByToken(token, db)).toEqual({ status: 'expired' });
    expect(await acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }, db)).toEqual({ ok: false, reason: 'expired' });
    expect(await userRow(userId)).toEqual({ active: false, passwordHash: null, role: 'hiring_manager' });
    const [entry] = await auditFor(userId);
    expect(entry).toEqual({ action: 'user.invitation_cancelled', actor: admin.id, after: { links: 1 } });
    // Nothing left to cancel the second time; a new link still works.
    expect(await cancelInvitation(admin, userId, db)).toEqual({ ok: true, cancelled: 0 });
    const renewed = await renewInvitation(admin, userId, db);
    if (!renewed.ok) throw new Error(renewed.reason);
    expect(await acceptInvitation({ token: renewed.token, password: PASSWORD, confirmPassword: PASSWORD }, db)).toEqual({ ok: true, userId });
  });

  it('is for admins only, and only for people who have not set a password', async () => {
    const { userId, token } = await invite();
    const manager = await createTestUser(db);
    expect(await cancelInvitation({ id: manager.id, role: 'hiring_manager' }, userId, db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await getInvitationByToken(token, db)).toMatchObject({ status: 'valid' });
    const admin = await newAdmin();
    expect(await cancelInvitation(admin, manager.id, db)).toEqual({ ok: false, reason: 'not-pending' });
    expect(await cancelInvitation(admin, crypto.randomUUID(), db)).toEqual({ ok: false, reason: 'not-found' });
  });
});
