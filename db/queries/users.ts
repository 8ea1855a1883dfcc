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

export async function updateUserLastSignIn(id: string, conn: DbOrTx = db): Promise<void> {
  await conn.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, id));
}
