import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import type { UserRole } from '@/lib/domain/job-enums';
import { hashPassword } from '@/lib/auth/password';

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
