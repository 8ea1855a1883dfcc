import 'server-only';
import type { DbOrTx } from '@/db/client';
import { getSessionUser } from '@/db/queries/user-sessions';
import type { UserRole } from '@/lib/domain/job-enums';

export type SessionUser = { id: string; email: string; name: string | null; role: 'admin' | 'hiring_manager' };

/** What a session token says: who, which generation of that user's sessions, and which session. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  /** The user_sessions row created at sign-in. */
  sessionId: string;
}

export function readSessionClaims(
  session: { userId?: unknown; sessionVersion?: unknown; sessionId?: unknown } | null | undefined,
): SessionClaims | null {
  if (!session) return null;
  const { userId, sessionVersion, sessionId } = session;
  if (typeof userId !== 'string' || userId.length === 0 || typeof sessionVersion !== 'number') return null;
  // Tokens from before sessions had a server-side record carry no id: they sign in again.
  if (typeof sessionId !== 'string' || sessionId.length === 0) return null;
  return { userId, sessionVersion, sessionId };
}

/**
 * The user behind a session, read from the database on every call: a signed-out (revoked) or
 * expired session, a missing or inactive user, or a session version that has since been bumped
 * is no user at all. So signing out, deactivating someone, changing their role or "sign out of
 * all devices" counts from the next request, for every copy of the cookie.
 */
export async function resolveSessionUser(claims: SessionClaims | null, conn?: DbOrTx): Promise<SessionUser | null> {
  if (!claims) return null;
  const row = await getSessionUser(claims.sessionId, claims.userId, conn);
  if (!row || !row.active || row.sessionVersion !== claims.sessionVersion) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Admins may do everything a hiring manager may. */
export function hasRole(user: SessionUser, role: UserRole): boolean {
  return user.role === role || user.role === 'admin';
}
