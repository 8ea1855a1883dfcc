import 'server-only';
import type { DbOrTx } from '@/db/client';
import { getSessionUserById } from '@/db/queries/users';
import type { UserRole } from '@/lib/domain/job-enums';

export type SessionUser = { id: string; email: string; name: string | null; role: 'admin' | 'hiring_manager' };

/** What a session token says: who, and which generation of that user's sessions. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

export function readSessionClaims(session: { userId?: unknown; sessionVersion?: unknown } | null | undefined): SessionClaims | null {
  if (!session) return null;
  const { userId, sessionVersion } = session;
  if (typeof userId !== 'string' || userId.length === 0 || typeof sessionVersion !== 'number') return null;
  return { userId, sessionVersion };
}

/**
 * The user behind a session, read from the database on every call: a missing or inactive
 * user, or a session version that has since been bumped, is no user at all. So deactivating
 * someone, changing their role or "sign out of all devices" counts from their next request.
 */
export async function resolveSessionUser(claims: SessionClaims | null, conn?: DbOrTx): Promise<SessionUser | null> {
  if (!claims) return null;
  const row = await getSessionUserById(claims.userId, conn);
  if (!row || !row.active || row.sessionVersion !== claims.sessionVersion) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Admins may do everything a hiring manager may. */
export function hasRole(user: SessionUser, role: UserRole): boolean {
  return user.role === role || user.role === 'admin';
}
