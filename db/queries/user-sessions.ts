import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { userSessions, users } from '@/db/schema';
import type { SessionUserRow } from './users';

// The server-side half of every session (see db/schema/sign-in.ts). A session is good while its
// row exists, is not revoked, has not expired, and its user is active.

/** Starts a session for the user; the id goes into the session's JWT. */
export async function createUserSession(userId: string, lifetimeSeconds: number, conn: DbOrTx = db): Promise<string> {
  const id = randomBytes(24).toString('base64url');
  await conn.insert(userSessions).values({ id, userId, expiresAt: sql`now() + make_interval(secs => ${lifetimeSeconds})` });
  return id;
}

/**
 * Read on every request that needs the signed-in user (lib/auth/session.ts): one query, by the
 * session's primary key joined to the user's.
 */
export async function getSessionUser(sessionId: string, userId: string, conn: DbOrTx = db): Promise<SessionUserRow | null> {
  const [row] = await conn
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      sessionVersion: users.sessionVersion,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
      ),
    );
  return row ?? null;
}

/** "Sign out": this session ends for every copy of its cookie. */
export async function revokeUserSession(sessionId: string, conn: DbOrTx = db): Promise<void> {
  await conn
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** "Sign out of all devices". Returns how many sessions were still open. */
export async function revokeAllUserSessions(userId: string, conn: DbOrTx = db): Promise<number> {
  const revoked = await conn
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return revoked.length;
}

/** Housekeeping: sessions that expired or were revoked before `before` are of no further use. */
export async function deleteEndedUserSessions(before: Date, conn: DbOrTx = db): Promise<number> {
  const deleted = await conn.delete(userSessions).where(or(lt(userSessions.expiresAt, before), lt(userSessions.revokedAt, before)));
  return deleted.count;
}
