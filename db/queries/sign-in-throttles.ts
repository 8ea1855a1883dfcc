import 'server-only';
import { eq, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { signInThrottles } from '@/db/schema';

/** How a key's failed sign-ins slow it down (lib/auth/sign-in-throttle.ts holds the rules). */
export interface ThrottleRule {
  /** Attempts allowed back to back; from the next one on, each waits. */
  freeFailures: number;
  /** The first wait; each further failure doubles it, up to maxDelaySeconds. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A key whose last failure is this old starts counting again from zero. */
  forgetAfterSeconds: number;
}

export type ClaimResult = { claimed: true; failures: number } | { claimed: false; blockedUntil: Date };

/** The wait after the `failures`-th failure: none for the free ones, then doubling to the cap. */
function blockedUntil(failures: SQL, rule: ThrottleRule, now: string): SQL {
  return sql`case when ${failures} < ${rule.freeFailures}::int then null
    else ${now}::timestamptz + make_interval(secs => least(${rule.maxDelaySeconds}::float8,
      ${rule.baseDelaySeconds}::float8 * power(2, (${failures}) - ${rule.freeFailures}::int))) end`;
}

/**
 * Counts an attempt as a failure before its password is checked, in one statement that also
 * refuses it while the key is made to wait: so many guesses sent at once cannot all slip in
 * before the first of them is counted. A success gives the claim back (release/clear below).
 */
export async function claimSignInAttempt(key: string, rule: ThrottleRule, at: Date, conn: DbOrTx = db): Promise<ClaimResult> {
  // The caller's clock (tests move it), sent as text: raw parameters skip drizzle's Date mapping.
  const now = at.toISOString();
  const forgotten = new Date(at.getTime() - rule.forgetAfterSeconds * 1000).toISOString();
  const failures = sql`(case when t.last_failure_at <= ${forgotten}::timestamptz then 1 else t.failures + 1 end)`;
  const rows = await conn.execute<{ failures: number }>(sql`
    insert into ${signInThrottles} as t (key, failures, last_failure_at, blocked_until)
    values (${key}, 1, ${now}::timestamptz, ${blockedUntil(sql`1`, rule, now)})
    on conflict (key) do update set
      failures = ${failures},
      last_failure_at = ${now}::timestamptz,
      blocked_until = ${blockedUntil(failures, rule, now)}
    where t.blocked_until is null or t.blocked_until <= ${now}::timestamptz
    returning t.failures`);
  const claimed = rows[0];
  if (claimed) return { claimed: true, failures: claimed.failures };
  const [row] = await conn.select({ blockedUntil: signInThrottles.blockedUntil }).from(signInThrottles).where(eq(signInThrottles.key, key));
  return { claimed: false, blockedUntil: row?.blockedUntil ?? at };
}

/** Gives back one claimed attempt that turned out a success (a shared key: an office's IP). */
export async function releaseSignInAttempt(key: string, rule: ThrottleRule, conn: DbOrTx = db): Promise<void> {
  await conn.execute(sql`
    update ${signInThrottles} set
      failures = greatest(failures - 1, 0),
      blocked_until = case when failures - 1 < ${rule.freeFailures}::int then null else blocked_until end
    where key = ${key}`);
}

/** Forgets a key's failures (an account or device that has just proved itself). */
export async function clearSignInThrottle(key: string, conn: DbOrTx = db): Promise<void> {
  await conn.delete(signInThrottles).where(eq(signInThrottles.key, key));
}

/** Housekeeping: keys whose last failure is older than `before` would start from zero anyway. */
export async function deleteStaleSignInThrottles(before: Date, conn: DbOrTx = db): Promise<number> {
  const deleted = await conn.delete(signInThrottles).where(lt(signInThrottles.lastFailureAt, before));
  return deleted.count;
}
