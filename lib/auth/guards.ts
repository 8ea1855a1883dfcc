import 'server-only';
import type { UserRole } from '@/lib/domain/job-enums';
import { getCurrentUser, type SessionUser } from './session';
import { hasRole } from './session-user';

export type AuthorizationError = 'unauthenticated' | 'forbidden';

export type AuthorizeActionResult = { ok: true; user: SessionUser } | { ok: false; error: AuthorizationError };

/**
 * For server actions and route handlers, which must check the session themselves (a page's
 * check does not protect a POST). Never redirects: the caller turns the error into an
 * ActionState or a 401/403.
 */
export async function authorizeAction(role?: UserRole): Promise<AuthorizeActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: 'unauthenticated' };
  if (role && !hasRole(user, role)) return { ok: false, error: 'forbidden' };
  return { ok: true, user };
}

export function authorizationStatus(error: AuthorizationError): 401 | 403 {
  return error === 'unauthenticated' ? 401 : 403;
}
