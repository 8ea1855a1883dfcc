import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { accounts, users } from '@/db/schema';
import type { UserRole } from '@/lib/domain/job-enums';

// Reads for signing in and for checking a session. Each returns only the columns its caller
// needs; the password hash leaves this file only towards the credentials check.

export interface UserCredentials {
  id: string;
  email: string;
  name: string | null;
  active: boolean;
  passwordHash: string | null;
  sessionVersion: number;
}

export async function getUserCredentialsByEmail(email: string, conn: DbOrTx = db): Promise<UserCredentials | null> {
  const [row] = await conn
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email));
  return row ?? null;
}

export interface SessionUserRow {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  active: boolean;
  sessionVersion: number;
}

/** Read on every request that needs the signed-in user (lib/auth/session.ts). */
export async function getSessionUserById(id: string, conn: DbOrTx = db): Promise<SessionUserRow | null> {
  const [row] = await conn
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

export interface SignInCandidate {
  id: string;
  active: boolean;
}

export async function getSignInCandidateByEmail(email: string, conn: DbOrTx = db): Promise<SignInCandidate | null> {
  const [row] = await conn.select({ id: users.id, active: users.active }).from(users).where(eq(users.email, email));
  return row ?? null;
}

/** The user an OAuth account is already linked to, if any. */
export async function getSignInCandidateByAccount(
  provider: string,
  providerAccountId: string,
  conn: DbOrTx = db,
): Promise<SignInCandidate | null> {
  const [row] = await conn
    .select({ id: users.id, active: users.active })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)));
  return row ?? null;
}

/** Ends every session of the user: their tokens carry the old version. Returns the new one. */
export async function incrementUserSessionVersion(id: string, conn: DbOrTx = db): Promise<number | null> {
  const [row] = await conn
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? null;
}

export async function updateUserLastSignIn(id: string, conn: DbOrTx = db): Promise<void> {
  await conn.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, id));
}
