'use server';

import { auth, signOut } from '@/auth';
import { revokeAllUserSessions, revokeUserSession } from '@/db/queries/user-sessions';
import { authorizeAction } from '@/lib/auth/guards';
import { readSessionClaims } from '@/lib/auth/session-user';

/**
 * Ends this browser's session, on the server first: should that fail, the error shows and the
 * person knows they are still signed in, rather than leaving a live session behind a cleared
 * cookie. (Auth.js's signOut event revokes it again, for sign-outs that skip this action.)
 */
export async function signOutAction(): Promise<void> {
  const claims = readSessionClaims(await auth());
  if (claims) await revokeUserSession(claims.sessionId);
  await signOut({ redirectTo: '/sign-in' });
}

/** Ends every session of the user, on every device. */
export async function signOutEverywhereAction(): Promise<void> {
  const authorized = await authorizeAction();
  if (authorized.ok) await revokeAllUserSessions(authorized.user.id);
  await signOut({ redirectTo: '/sign-in' });
}
