import 'server-only';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { issueInvitation, type IssuedInvitation } from './invitations';

// The first admin of a real installation (lib/auth/create-admin.ts checks and hashes first).

export type InsertAdminResult = { ok: true; userId: string; invitation: IssuedInvitation | null } | { ok: false; reason: 'exists' };

/**
 * With a password hash the admin is active at once; without one they get a one-time
 * set-password link (the same invitation machinery as Admin → Users) and stay inactive until
 * they use it, like any invitee.
 */
export async function insertAdmin(input: { name: string; email: string; passwordHash: string | null }, conn: DbOrTx = db): Promise<InsertAdminResult> {
  const { name, email, passwordHash } = input;
  return conn.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email, name, role: 'admin', active: passwordHash !== null, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name });
    if (!created) return { ok: false, reason: 'exists' } as const;
    const invitation = passwordHash === null ? await issueInvitation(tx, created, null) : null;
    await recordAudit(tx, {
      actor: null,
      action: 'user.created',
      entityType: 'user',
      entityId: created.id,
      after: { email, name, role: 'admin', via: 'npm run create-admin', password: invitation ? 'set-password link' : 'chosen at the terminal' },
    });
    return { ok: true, userId: created.id, invitation } as const;
  });
}
