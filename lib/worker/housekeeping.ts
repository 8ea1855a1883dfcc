import 'server-only';
import type { DbOrTx } from '@/db/client';
import { deleteExpiredIdempotencyKeys } from '@/db/queries/idempotency';
import { deleteStaleSignInThrottles } from '@/db/queries/sign-in-throttles';
import { deleteEndedUserSessions } from '@/db/queries/user-sessions';
import { deleteExpiredVerificationTokens } from '@/db/queries/verification-tokens';
import { pruneRateLimits } from '@/lib/rate-limit';
import { HOUSEKEEPING_RETENTION_MS } from './queues';

export interface HousekeepingReport {
  rateLimitWindows: number;
  idempotencyKeys: number;
  verificationTokens: number;
  signInThrottles: number;
  userSessions: number;
}

/**
 * The worker's hourly clean-up of rows that only ever expire: rate-limit windows, the API's
 * idempotency answers, magic-link tokens, sign-in throttles and ended sessions. Each table keeps
 * a day past the end of a row's use (a retry, an audit question), except expired magic-link
 * tokens, which are worthless at once.
 */
export async function runHousekeeping(conn: DbOrTx, now: Date = new Date()): Promise<HousekeepingReport> {
  const dayAgo = new Date(now.getTime() - HOUSEKEEPING_RETENTION_MS);
  return {
    rateLimitWindows: await pruneRateLimits(HOUSEKEEPING_RETENTION_MS, { now, conn }),
    idempotencyKeys: await deleteExpiredIdempotencyKeys(dayAgo, conn),
    verificationTokens: await deleteExpiredVerificationTokens(now, conn),
    signInThrottles: await deleteStaleSignInThrottles(dayAgo, conn),
    userSessions: await deleteEndedUserSessions(dayAgo, conn),
  };
}
