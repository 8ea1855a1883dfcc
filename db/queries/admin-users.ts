import 'server-only';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { userInvitations, users, type User } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { UserRole } from '@/lib/domain/job-enums';
import type { Actor } from './access';

export type UserStatus = 'active' | 'invited' | 'deactivated';

export interface AdminUserRow {
  id: string;
  name: string | null;
  email: string;
  role: UserRole;
  status: UserStatus;
  lastSignInAt: Date | null;
  /** For invited users: when their newest link expires, and whether it has. */
  invitationExpiresAt: Date | null;
  invitationExpired: boolean;
}

// Drizzle leaves columns unqualified in a one-table select; inside a subquery "id" would then be the invitation's.
const userIdColumn = sql.raw('"users"."id"');

// Invited = never activated and no password yet; an inactive user who had one was deactivated.
const status = sql<UserStatus>`case when ${users.active} then 'active'
  when ${users.passwordHash} is null and exists (select 1 from ${userInvitations} where ${userInvitations.userId} = ${userIdColumn}) then 'invited'
  else 'deactivated' end`;

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  status,
  lastSignInAt: users.lastSignInAt,
  invitationExpiresAt: sql<Date | null>`(select max(${userInvitations.expiresAt}) from ${userInvitations}
    where ${userInvitations.userId} = ${userIdColumn} and ${userInvitations.usedAt} is null)`.mapWith(users.lastSignInAt),
  invitationExpired: sql<boolean>`coalesce((select max(${userInvitations.expiresAt}) <= now() from ${userInvitations}
    where ${userInvitations.userId} = ${userIdColumn} and ${userInvitations.usedAt} is null), false)`,
};

export const USERS_PAGE_SIZE = 50;

/** One page of users by email (the unique index serves the order); `after` is the last email seen. */
export async function listUsers(
  actor: Actor,
  { after }: { after?: string } = {},
  conn: DbOrTx = appDb,
): Promise<{ users: AdminUserRow[]; nextAfter: string | null }> {
  if (actor.role !== 'admin') return { users: [], nextAfter: null };
  const rows = await conn
    .select(columns)
    .from(users)
    .where(after ? gt(users.email, after) : undefined)
    .orderBy(asc(users.email))
    .limit(USERS_PAGE_SIZE + 1);
  const page = rows.slice(0, USERS_PAGE_SIZE);
  return { users: page, nextAfter: rows.length > USERS_PAGE_SIZE ? (page.at(-1)?.email ?? null) : null };
}

export async function getUserForAdmin(actor: Actor, userId: string, conn: DbOrTx = appDb): Promise<AdminUserRow | null> {
  if (actor.role !== 'admin') return null;
  const [row] = await conn.select(columns).from(users).where(eq(users.id, userId));
  return row ?? null;
}

export async function countUsersByStatus(conn: DbOrTx = appDb): Promise<Record<UserStatus, number>> {
  const rows = await conn.select({ status, count: sql<number>`count(*)::int` }).from(users).groupBy(sql`1`);
  const counts: Record<UserStatus, number> = { active: 0, invited: 0, deactivated: 0 };
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

export type UserChangeResult =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'forbidden' | 'not-found' | 'self' | 'last-admin' };

type Change = { role: UserRole } | { active: boolean };

/**
 * Role changes and (de)activation share one path: refuse changes to yourself and any change that
 * would leave no active admin, then bump session_version so the user's next request sees it.
 */
async function changeUser(actor: Actor, userId: string, change: Change, conn: DbOrTx): Promise<UserChangeResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  if (actor.id === userId) return { ok: false, reason: 'self' };
  return conn.transaction(async (tx) => {
    // One lock for every change that can remove an admin: two admins demoting each other at
    // once must not both see "another admin is left" (row locks here could deadlock instead).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('portico.users.active-admins'))`);
    const [user] = await tx.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) return { ok: false, reason: 'not-found' };
    const next = { role: user.role, active: user.active, ...change };
    if (next.role === user.role && next.active === user.active) return { ok: true, changed: false };

    const losesAdmin = user.role === 'admin' && user.active && (next.role !== 'admin' || !next.active);
    if (losesAdmin) {
      const [others] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.active, true), sql`${users.id} <> ${userId}`));
      if (!others?.count) return { ok: false, reason: 'last-admin' };
    }
    await tx
      .update(users)
      .set({ ...change, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    const [action, before, after] =
      'role' in change
        ? (['user.role_changed', { role: user.role }, { role: next.role }] as const)
        : ([change.active ? 'user.reactivated' : 'user.deactivated', { active: user.active }, { active: next.active }] as const);
    await recordAudit(tx, { actor, action, entityType: 'user', entityId: userId, before, after });
    return { ok: true, changed: true };
  });
}

export function changeUserRole(actor: Actor, input: { userId: User['id']; role: User['role'] }, conn: DbOrTx = appDb): Promise<UserChangeResult> {
  return changeUser(actor, input.userId, { role: input.role }, conn);
}

export function setUserActive(actor: Actor, input: { userId: string; active: boolean }, conn: DbOrTx = appDb): Promise<UserChangeResult> {
  return changeUser(actor, input.userId, { active: input.active }, conn);
}
