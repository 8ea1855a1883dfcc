import 'server-only';
import { and, eq, inArray, isNotNull, isNull, notInArray, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { userSessions, users } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { DEMO_ACCOUNT_EMAILS, DEMO_PASSWORD_HASH } from '@/lib/domain/demo-accounts';
import type { UserRole } from '@/lib/domain/job-enums';

export interface DemoAccount {
  id: string;
  email: string;
  role: UserRole;
}

/**
 * Active accounts that may sign in with the published demo password, with their hashes: the
 * demo seed's (their fixed hash), and the demo emails seeded before that hash existed, which
 * lib/auth/demo-accounts.ts checks with argon2 (two at most, whatever the number of users).
 */
export async function listDemoPasswordSuspects(conn: DbOrTx = db): Promise<Array<DemoAccount & { passwordHash: string | null }>> {
  return conn
    .select({ id: users.id, email: users.email, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        isNotNull(users.passwordHash),
        or(eq(users.passwordHash, DEMO_PASSWORD_HASH), inArray(users.email, [...DEMO_ACCOUNT_EMAILS])),
      ),
    )
    .orderBy(users.email);
}

/** Whether any active admin exists (a fresh install has none until `npm run create-admin`). */
export async function hasActiveAdmin(conn: DbOrTx = db): Promise<boolean> {
  const [row] = await conn
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .limit(1);
  return Boolean(row);
}

export type DeactivateDemoAccountsResult = { ok: true; deactivated: DemoAccount[] } | { ok: false; reason: 'no-other-admin'; accounts: DemoAccount[] };

/**
 * Deactivates these accounts (found by lib/auth/demo-accounts.ts to have the published
 * password), ends their sessions and audits it (actor: the system). Refused while no other
 * active admin would be left: create one first (`npm run create-admin`).
 */
export async function deactivateDemoAccounts(accounts: DemoAccount[], conn: DbOrTx = db): Promise<DeactivateDemoAccountsResult> {
  if (accounts.length === 0) return { ok: true, deactivated: [] };
  const ids = accounts.map((account) => account.id);
  return conn.transaction(async (tx) => {
    // The lock every change that can remove an admin takes (db/queries/admin-users.ts).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('portico.users.active-admins'))`);
    const [otherAdmin] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true), notInArray(users.id, ids)))
      .limit(1);
    if (!otherAdmin) return { ok: false, reason: 'no-other-admin', accounts } as const;
    await tx
      .update(users)
      .set({ active: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(inArray(users.id, ids));
    await tx.update(userSessions).set({ revokedAt: sql`now()` }).where(and(inArray(userSessions.userId, ids), isNull(userSessions.revokedAt)));
    for (const id of ids) {
      await recordAudit(tx, {
        actor: null,
        action: 'user.deactivated',
        entityType: 'user',
        entityId: id,
        before: { active: true },
        after: { active: false, reason: 'published demo password' },
      });
    }
    return { ok: true, deactivated: accounts } as const;
  });
}
