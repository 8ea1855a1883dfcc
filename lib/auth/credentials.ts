import 'server-only';
import { createHash } from 'node:crypto';
import type { DbOrTx } from '@/db/client';
import { claimSignInAttempt, clearSignInThrottle, releaseSignInAttempt, type ThrottleRule } from '@/db/queries/sign-in-throttles';
import { getUserCredentialsByEmail } from '@/db/queries/users';
import { logger } from '@/lib/logger';
import { countSignInFailure, countSignInLockout, type SignInThrottleScope } from '@/lib/metrics/sign-in';
import { knownDeviceId } from './device-cookie';
import { verifyDummyPassword, verifyPassword } from './password';
import { signInSchema } from './sign-in-schema';

// Only failures count, and they slow a key down rather than lock it: after the free ones each
// further attempt waits 2 s, 4 s, 8 s … up to 5 minutes, and an hour without failures forgets
// them. A browser that has signed in as the user before (lib/auth/device-cookie.ts) is counted
// on its own, so nobody can hold an admin's own laptop back by failing on their account.
const WAIT = { baseDelaySeconds: 2, maxDelaySeconds: 5 * 60, forgetAfterSeconds: 60 * 60 };
/** Per account (by email, whether or not it exists), for browsers it has not signed in from. */
export const ACCOUNT_THROTTLE: ThrottleRule = { freeFailures: 5, ...WAIT };
/** Per client IP, across accounts: an office behind one address signs in all day unhindered. */
export const IP_THROTTLE: ThrottleRule = { freeFailures: 20, ...WAIT };
/** Per known device of a user: its own typos only. */
export const DEVICE_THROTTLE: ThrottleRule = { freeFailures: 5, ...WAIT };

export interface AuthorizedUser {
  id: string;
  email: string;
  name: string | null;
  sessionVersion: number;
}

export type CredentialsResult =
  | { status: 'ok'; user: AuthorizedUser; knownDevice: boolean }
  | { status: 'invalid' }
  | { status: 'rate_limited'; retryAfterSeconds: number };

export interface SignInClient {
  /** clientIp()'s key for the request. */
  ip: string;
  /** The device cookie's value, if the browser sent one. */
  deviceCookie?: string;
}

export interface CredentialsDeps {
  conn?: DbOrTx;
  now?: Date;
  /** Signs device cookies (AUTH_SECRET); without it every browser counts as a new one. */
  secret?: string;
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

const deviceKey = (userId: string, deviceId: string) => `sign-in:device:${userId}:${deviceId}`;

interface Throttle {
  scope: SignInThrottleScope;
  key: string;
  rule: ThrottleRule;
}

interface Claimed extends Throttle {
  failures: number;
}

const waitSeconds = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

/**
 * The email + password check behind the credentials provider. Unknown emails, wrong passwords
 * and inactive accounts all come back as 'invalid' after the same argon2 work. Each attempt is
 * claimed (counted as a failure) under its keys before the password is checked, and given back
 * if it succeeds; a key that must wait refuses the attempt before argon2 runs.
 */
export async function authorizeCredentials(input: unknown, client: SignInClient, deps: CredentialsDeps = {}): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { status: 'invalid' };
  const { email, password } = parsed.data;
  const now = deps.now ?? new Date();

  const user = await getUserCredentialsByEmail(email, deps.conn);
  const deviceId = user && deps.secret ? knownDeviceId(client.deviceCookie, user.id, deps.secret, now) : null;
  const throttles: Throttle[] =
    user && deviceId
      ? [{ scope: 'device', key: deviceKey(user.id, deviceId), rule: DEVICE_THROTTLE }]
      : [
          { scope: 'ip', key: ipRateLimitKey(client.ip), rule: IP_THROTTLE },
          { scope: 'account', key: accountRateLimitKey(email), rule: ACCOUNT_THROTTLE },
        ];

  const claimed: Claimed[] = [];
  for (const throttle of throttles) {
    const claim = await claimSignInAttempt(throttle.key, throttle.rule, now, deps.conn);
    if (!claim.claimed) {
      // Refused before any password check: not a failure of the other keys.
      for (const earlier of claimed) await releaseSignInAttempt(earlier.key, earlier.rule, deps.conn);
      countSignInFailure('throttled');
      return { status: 'rate_limited', retryAfterSeconds: waitSeconds(claim.blockedUntil, now) };
    }
    claimed.push({ ...throttle, failures: claim.failures });
  }

  const matches = user?.passwordHash
    ? await (deps.verifyPassword ?? verifyPassword)(user.passwordHash, password)
    : await (deps.verifyDummyPassword ?? verifyDummyPassword)(password);
  if (!user || !matches || !user.active) {
    countSignInFailure('invalid');
    for (const { scope, failures, rule } of claimed) {
      if (failures !== rule.freeFailures) continue;
      // This failure used up the free ones: from now on attempts wait. Ids only in the log.
      countSignInLockout(scope);
      logger.warn({ scope, userId: scope === 'ip' ? undefined : user?.id }, 'Sign-in attempts now slowed down after repeated failures');
    }
    return { status: 'invalid' };
  }

  for (const { scope, key, rule } of claimed) {
    if (scope === 'ip') await releaseSignInAttempt(key, rule, deps.conn);
    else await clearSignInThrottle(key, deps.conn);
  }
  return {
    status: 'ok',
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
    knownDevice: deviceId !== null,
  };
}
