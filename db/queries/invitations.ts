import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { userInvitations, users } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { INVITATION_LIFETIME_HOURS } from '@/lib/domain/invitations';
import type { UserRole } from '@/lib/domain/job-enums';
import type { Actor } from './access';

/** The link's secret: 32 random bytes, base64url. Only its SHA-256 is stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssuedInvitation {
  userId: string;
  email: string;
  name: string | null;
  token: string;
  expiresAt: Date;
}

/**
 * Issues a new link and expires every older unused one, so only the newest link works. The
 * actor is null for `npm run create-admin`, which runs before any admin exists.
 */
export async function issueInvitation(
  tx: DbOrTx,
  user: { id: string; email: string; name: string | null },
  actor: Actor | null,
): Promise<IssuedInvitation> {
  await tx
    .update(userInvitations)
    .set({ expiresAt: sql`now()` })
    .where(and(eq(userInvitations.userId, user.id), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, sql`now()`)));
  const token = newInvitationToken();
  const [row] = await tx
    .insert(userInvitations)
    .values({
      userId: user.id,
      tokenHash: hashInvitationToken(token),
      invitedByUserId: actor?.id ?? null,
      // The database's clock, the one acceptInvitation compares against.
      expiresAt: sql`now() + make_interval(hours => ${INVITATION_LIFETIME_HOURS})`,
    })
    .returning({ expiresAt: userInvitations.expiresAt });
  if (!row) throw new Error('Invitation insert returned no row');
  return { userId: user.id, email: user.email, name: user.name, token, expiresAt: row.expiresAt };
}

export type InviteUserResult =
  | ({ ok: true } & IssuedInvitation)
  | { ok: false; reason: 'forbidden' }
  /** The email belongs to a user already; `pending` when they have not accepted an invitation yet. */
  | { ok: false; reason: 'exists'; userId: string; pending: boolean };

/** Creates the user (checked by lib/validations/user), inactive until they set a password, with a set-password link. */
export async function inviteUser(actor: Actor, input: { email: string; name: string; role: UserRole }, conn: DbOrTx = appDb): Promise<InviteUserResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, active: false })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name });
    if (!created) {
      const [existing] = await tx
        .select({ id: users.id, active: users.active, passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.email, input.email));
      if (!existing) throw new Error('User vanished between insert and select');
      return { ok: false, reason: 'exists', userId: existing.id, pending: !existing.active && existing.passwordHash === null };
    }
    const issued = await issueInvitation(tx, created, actor);
    await recordAudit(tx, {
      actor,
      action: 'user.invited',
      entityType: 'user',
      entityId: created.id,
      after: { email: input.email, name: input.name, role: input.role, expiresAt: issued.expiresAt.toISOString() },
    });
    return { ok: true, ...issued };
  });
}

export type RenewInvitationResult = ({ ok: true } & IssuedInvitation) | { ok: false; reason: 'forbidden' | 'not-found' | 'not-pending' };

/** "Send a new link" for someone who has not set a password yet; older links stop working. */
export async function renewInvitation(actor: Actor, userId: string, conn: DbOrTx = appDb): Promise<RenewInvitationResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, name: users.name, active: users.active, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!user) return { ok: false, reason: 'not-found' };
    if (user.active || user.passwordHash !== null) return { ok: false, reason: 'not-pending' };
    const issued = await issueInvitation(tx, user, actor);
    await recordAudit(tx, {
      actor,
      action: 'user.invitation_renewed',
      entityType: 'user',
      entityId: user.id,
      after: { expiresAt: issued.expiresAt.toISOString() },
    });
    return { ok: true, ...issued };
  });
}

export type CancelInvitationResult = { ok: true; cancelled: number } | { ok: false; reason: 'forbidden' | 'not-found' | 'not-pending' };

/**
 * Withdraws an invitation sent to the wrong person or no longer wanted: every unused link of the
 * user stops working at once. The user stays "invited" (inactive, no password), so a new link
 * can still be sent later; deactivating would change nothing for someone not yet active.
 */
export async function cancelInvitation(actor: Actor, userId: string, conn: DbOrTx = appDb): Promise<CancelInvitationResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, active: users.active, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!user) return { ok: false, reason: 'not-found' };
    if (user.active || user.passwordHash !== null) return { ok: false, reason: 'not-pending' };
    const cancelled = await tx
      .update(userInvitations)
      .set({ expiresAt: sql`now()` })
      .where(and(eq(userInvitations.userId, user.id), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, sql`now()`)))
      .returning({ id: userInvitations.id });
    await recordAudit(tx, { actor, action: 'user.invitation_cancelled', entityType: 'user', entityId: user.id, after: { links: cancelled.length } });
    return { ok: true, cancelled: cancelled.length };
  });
}

export type InvitationLookup =
  | { status: 'valid'; email: string; name: string | null; expiresAt: Date }
  | { status: 'used' | 'expired' | 'invalid' };

/** What a set-password link is worth right now, for the page to say so before anyone types. */
export async function getInvitationByToken(token: string, conn: DbOrTx = appDb): Promise<InvitationLookup> {
  const [row] = await conn
    .select({
      email: users.email,
      name: users.name,
      expiresAt: userInvitations.expiresAt,
      used: sql<boolean>`${userInvitations.usedAt} is not null`,
      expired: sql<boolean>`${userInvitations.expiresAt} <= now()`,
    })
    .from(userInvitations)
    .innerJoin(users, eq(users.id, userInvitations.userId))
    .where(eq(userInvitations.tokenHash, hashInvitationToken(token)));
  if (!row) return { status: 'invalid' };
  if (row.used) return { status: 'used' };
  if (row.expired) return { status: 'expired' };
  return { status: 'valid', email: row.email, name: row.name, expiresAt: row.expiresAt };
}

/**
 * Consumes the link and sets the (already hashed) password, activating the user; null when the
 * link was used or expired meanwhile. One UPDATE takes the token, so of two submissions of the
 * same link exactly one gets it.
 */
export async function consumeInvitation(token: string, passwordHash: string, conn: DbOrTx = appDb): Promise<string | null> {
  return conn.transaction(async (tx) => {
    const [consumed] = await tx
      .update(userInvitations)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(userInvitations.tokenHash, hashInvitationToken(token)),
          isNull(userInvitations.usedAt),
          gt(userInvitations.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: userInvitations.userId });
    if (!consumed) return null;
    await tx.update(users).set({ passwordHash, active: true, updatedAt: sql`now()` }).where(eq(users.id, consumed.userId));
    await tx
      .update(userInvitations)
      .set({ expiresAt: sql`now()` })
      .where(and(eq(userInvitations.userId, consumed.userId), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, sql`now()`)));
    await recordAudit(tx, {
      actor: { id: consumed.userId },
      action: 'user.invitation_accepted',
      entityType: 'user',
      entityId: consumed.userId,
      before: { active: false },
      after: { active: true },
    });
    return consumed.userId;
  });
}
