import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import type { UserRole } from '@/lib/domain/job-enums';
import { hashPassword } from '@/lib/auth/password';
import { createUserSession } from '@/db/queries/user-sessions';
import type { SessionClaims } from '@/lib/auth/session-user';

// For the auth integration tests: a user of their own per test, with a unique email.

export const TEST_PASSWORD = 'correct horse battery staple';

export function uniqueEmail(): string {
  return `it-auth-${randomUUID()}@example.com`;
}

export async function createTestUser(
  db: Database,
  overrides: { role?: UserRole; active?: boolean; password?: string | null } = {},
): Promise<{ id: string; email: string; sessionVersion: number }> {
  const password = overrides.password === undefined ? TEST_PASSWORD : overrides.password;
  const [row] = await db
    .insert(users)
    .values({
      email: uniqueEmail(),
      name: 'Test User',
      role: overrides.role ?? 'hiring_manager',
      active: overrides.active ?? true,
      passwordHash: password === null ? null : await hashPassword(password),
    })
    .returning({ id: users.id, email: users.email, sessionVersion: users.sessionVersion });
  if (!row) throw new Error('Test user insert returned no row');
  return row;
}

/** What a freshly signed-in browser's token would claim: a server-side session of the user's. */
export async function signInTestSession(
  db: Database,
  user: { id: string; sessionVersion: number },
  lifetimeSeconds = 3600,
): Promise<SessionClaims> {
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId: await createUserSession(user.id, lifetimeSeconds, db) };
}
