import 'server-only';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { insertAdmin, type InsertAdminResult } from '@/db/queries/create-admin';
import { inviteUserSchema, newPasswordField, passwordRuleViolation } from '@/lib/validations/user';
import { hashPassword } from './password';

// `npm run create-admin` (scripts/create-admin.ts): the first admin of a real installation, who
// either chooses a password at the terminal or gets a one-time set-password link.

export const createAdminSchema = inviteUserSchema
  .pick({ name: true, email: true })
  .extend({ password: newPasswordField.nullable() })
  .superRefine((value, ctx) => {
    const violation = value.password === null ? null : passwordRuleViolation(value.password, value.email);
    if (violation) ctx.addIssue({ code: 'custom', path: ['password'], message: violation });
  });
export type CreateAdminInput = z.input<typeof createAdminSchema>;

export type CreateAdminResult = InsertAdminResult | { ok: false; reason: 'input'; problems: string[] };

export async function createAdmin(input: CreateAdminInput, conn?: DbOrTx): Promise<CreateAdminResult> {
  const parsed = createAdminSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, reason: 'input', problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  }
  const { name, email, password } = parsed.data;
  // Hashed before the transaction: argon2's ~50 ms should not hold a transaction open.
  const passwordHash = password === null ? null : await hashPassword(password);
  return insertAdmin({ name, email, passwordHash }, conn);
}
