import 'server-only';
import { createHash } from 'node:crypto';
import type { DbOrTx } from '@/db/client';
import { getUserCredentialsByEmail } from '@/db/queries/users';
import { hitRateLimit, resetRateLimit, type RateLimitRule } from '@/lib/rate-limit';
import { verifyDummyPassword, verifyPassword } from './password';
import { signInSchema } from './sign-in-schema';

/** Per account: 5 tries in 15 minutes (a successful sign-in clears them). */
export const ACCOUNT_SIGN_IN_LIMIT: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
/** Per client IP: 20 tries in 15 minutes, whatever the accounts. */
export const IP_SIGN_IN_LIMIT: RateLimitRule = { limit: 20, windowMs: 15 * 60_000 };

export interface AuthorizedUser {
  id: string;
  email: string;
  name: string | null;
  sessionVersion: number;
}

export type CredentialsResult =
  | { status: 'ok'; user: AuthorizedUser }
  | { status: 'invalid' }
  | { status: 'rate_limited'; retryAfterSeconds: number };

export interface CredentialsDeps {
  conn?: DbOrTx;
  now?: Date;
  verifyPassword?: typeof verifyPassword;
  verifyDummyPassword?: typeof verifyDummyPassword;
}

// Hashed so the table never holds the emails people typed, which may be anyone's.
export function accountRateLimitKey(email: string): string {
  return `sign-in:account:${createHash('sha256').update(email).digest('hex')}`;
}

export function ipRateLimitKey(ip: string): string {
  return `sign-in:ip:${ip}`;
}

/**
 * The email + password check behind the credentials provider. Unknown emails, wrong passwords
 * and inactive accounts all come back as 'invalid' after the same argon2 work. Every attempt
 * is counted before the password is checked, so parallel guesses cannot slip past the limit.
 */
export async function authorizeCredentials(
  input: unknown,
  ip: string | null,
  deps: CredentialsDeps = {},
): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { status: 'invalid' };
  const { email, password } = parsed.data;
  const options = { conn: deps.conn, now: deps.now ?? new Date() };

  // Without an IP (no proxy header) all such requests would share one bucket and could lock
  // each other out, so only the per-account limit applies.
  if (ip) {
    const perIp = await hitRateLimit(ipRateLimitKey(ip), IP_SIGN_IN_LIMIT, options);
    if (!perIp.allowed) return { status: 'rate_limited', retryAfterSeconds: perIp.retryAfterSeconds };
  }
  const accountKey = accountRateLimitKey(email);
  const perAccount = await hitRateLimit(accountKey, ACCOUNT_SIGN_IN_LIMIT, options);
  if (!perAccount.allowed) return { status: 'rate_limited', retryAfterSeconds: perAccount.retryAfterSeconds };

  const user = await getUserCredentialsByEmail(email, deps.conn);
  const matches = user?.passwordHash
    ? await (deps.verifyPassword ?? verifyPassword)(user.passwordHash, password)
    : await (deps.verifyDummyPassword ?? verifyDummyPassword)(password);
  if (!user || !matches || !user.active) return { status: 'invalid' };

  await resetRateLimit(accountKey, ACCOUNT_SIGN_IN_LIMIT, options);
  return { status: 'ok', user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
