import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '@/auth';
import type { UserRole } from '@/lib/domain/job-enums';
import { DEFAULT_CALLBACK_URL, signInPath } from './callback-url';
import { PATHNAME_HEADER } from './pathname-header';
import { hasRole, readSessionClaims, resolveSessionUser, type SessionUser } from './session-user';

export type { SessionUser } from './session-user';


/** The signed-in user, checked against the database once per request; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  return resolveSessionUser(readSessionClaims(await auth()));
});

/** For pages and layouts: the user, or a redirect to the sign-in page that comes back here. */
export const requireUser = cache(async (): Promise<SessionUser> => {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath((await headers()).get(PATHNAME_HEADER) ?? DEFAULT_CALLBACK_URL));
  return user;
});

/** Like requireUser; a user without the role gets a 404, so the page does not admit it exists. */
export const requireRole = cache(async (role: UserRole): Promise<SessionUser> => {
  const user = await requireUser();
  if (!hasRole(user, role)) notFound();
  return user;
});
