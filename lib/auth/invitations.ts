import 'server-only';
import type { DbOrTx } from '@/db/client';
import { consumeInvitation, getInvitationByToken } from '@/db/queries/invitations';
import { zodFieldErrors } from '@/lib/actions/field-errors';
import { setPasswordSchema, type SetPasswordField } from '@/lib/validations/user';
import { hashPassword } from './password';

export type AcceptInvitationResult =
  | { ok: true; userId: string }
  | { ok: false; reason: 'used' | 'expired' | 'invalid' }
  | { ok: false; reason: 'input'; fieldErrors: Partial<Record<SetPasswordField, string[]>> };

/**
 * Sets the invited user's password and activates them, if the link still works and the
 * password passes the rules (checked against the stored address, not one the browser sent).
 */
export async function acceptInvitation(input: { token: string; password: string; confirmPassword: string }, conn?: DbOrTx): Promise<AcceptInvitationResult> {
  const lookup = await getInvitationByToken(input.token, conn);
  if (lookup.status !== 'valid') return { ok: false, reason: lookup.status };
  const parsed = setPasswordSchema.safeParse({ ...input, email: lookup.email });
  if (!parsed.success) return { ok: false, reason: 'input', fieldErrors: zodFieldErrors<SetPasswordField>(parsed.error) };
  // Hashed before the transaction: argon2's ~50 ms should not hold row locks.
  const passwordHash = await hashPassword(parsed.data.password);
  const userId = await consumeInvitation(parsed.data.token, passwordHash, conn);
  if (userId) return { ok: true, userId };
  // Another request used or the clock expired the link between the lookup and the update.
  const now = await getInvitationByToken(input.token, conn);
  return { ok: false, reason: now.status === 'valid' ? 'invalid' : now.status };
}
