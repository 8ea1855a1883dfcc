import 'server-only';
import { z } from 'zod';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
// eslint-disable-next-line import/no-restricted-paths -- layer debt (issue 13), listed in ARCHITECTURE.md
import { hashPassword } from '@/lib/auth/password';
// eslint-disable-next-line import/no-restricted-paths -- layer debt (issue 13), listed in ARCHITECTURE.md
import { inviteUserSchema, newPasswordField, passwordRuleViolation } from '@/lib/validations/user';
import { issueInvitation, type IssuedInvitation } from './invitations';

// `npm run create-admin` (scripts/create-admin.ts): the first admin of a real installation, who
// either chooses a password at the terminal or gets a one-time set-password link (the same
// invitation machinery as Admin → Users).

export const createAdminSchema = inviteUserSchema
  .pick({ name: true, email: true })
  .extend({ password: newPasswordField.nullable() })
  .superRefine((value, ctx) => {
    const violation = value.password === null ? null : passwordRuleViolation(value.password, value.email);
    if (violation) ctx.addIssue({ code: 'custom', path: ['password'], message: violation });
  });
export type CreateAdminInput = z.input<typeof createAdminSchema>;

export type CreateAdminResult =
  | { ok: true; userId: string; invitation: IssuedInvitation | null }
  | { ok: false; reason: 'input'; problems: string[] }
  | { ok: false; reason: 'exists' };

export async function createAdmin(input: CreateAdminInput, conn: DbOrTx = db): Promise<CreateAdminResult> {
  const parsed = createAdminSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, reason: 'input', problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  }
  const { name, email, password } = parsed.data;
  // Hashed before the transaction: argon2's ~50 ms should not hold a transaction open.
  const passwordHash = password === null ? null : await hashPassword(password);
  return conn.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      // With a link, the account stays inactive until the password is set, like any invitee.
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
