import 'server-only';
import { lt } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { verificationTokens } from '@/db/schema';

/**
 * Housekeeping: magic-link tokens past their expiry can never be used, and Auth.js stores one for
 * every link request, whatever the address (so that asking reveals nothing).
 */
export async function deleteExpiredVerificationTokens(now: Date, conn: DbOrTx = db): Promise<number> {
  const deleted = await conn.delete(verificationTokens).where(lt(verificationTokens.expires, now));
  return deleted.count;
}
