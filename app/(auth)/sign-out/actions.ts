'use server';

import { signOut } from '@/auth';
import { incrementUserSessionVersion } from '@/db/queries/users';
import { authorizeAction } from '@/lib/auth/guards';

/** Ends this browser's session. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}

/** Ends every session of the user, on every device: their tokens all carry the old version. */
export async function signOutEverywhereAction(): Promise<void> {
  const auth = await authorizeAction();
  if (auth.ok) await incrementUserSessionVersion(auth.user.id);
  await signOut({ redirectTo: '/sign-in' });
}
