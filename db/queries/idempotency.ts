import 'server-only';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';

/** A claim left unfinished this long belonged to a process that died; it may be taken over. */
export const ABANDONED_CLAIM_SECONDS = 120;

export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' }
  | { kind: 'completed'; status: number; body: unknown };

/**
 * Claims (client, key) for one request. The insert is a single statement on the primary key,
 * so of any number of concurrent requests with one key exactly one gets 'claimed'; the others
 * see it in progress, finished (and replay its answer), or made for another request body.
 */
export async function claimIdempotencyKey(clientId: string, key: string, requestHash: string, conn: DbOrTx = appDb): Promise<IdempotencyClaim> {
  // A crashed request never completes or releases its claim; without this its key would stay "in progress" for good.
  await conn
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.clientId, clientId),
        eq(idempotencyKeys.key, key),
        isNull(idempotencyKeys.responseStatus),
        lt(idempotencyKeys.createdAt, sql`now() - make_interval(secs => ${ABANDONED_CLAIM_SECONDS})`),
      ),
    );
  const inserted = await conn
    .insert(idempotencyKeys)
    .values({ clientId, key, requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { kind: 'claimed' };

  const [row] = await conn
    .select({ requestHash: idempotencyKeys.requestHash, status: idempotencyKeys.responseStatus, body: idempotencyKeys.responseBody })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.clientId, clientId), eq(idempotencyKeys.key, key)));
  // Released between our insert and this read: the caller may simply try again.
  if (!row) return { kind: 'in-progress' };
  if (row.requestHash !== requestHash) return { kind: 'mismatch' };
  if (row.status === null) return { kind: 'in-progress' };
  return { kind: 'completed', status: row.status, body: row.body };
}

/** Stores the answer a claimed key's request gave, for every retry to replay. */
export async function completeIdempotencyKey(clientId: string, key: string, status: number, body: unknown, conn: DbOrTx = appDb): Promise<void> {
  await conn
    .update(idempotencyKeys)
    .set({ responseStatus: status, responseBody: body })
    .where(and(eq(idempotencyKeys.clientId, clientId), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.responseStatus)));
}

/** Frees a claimed key whose request failed unexpectedly, so a retry runs it again. */
export async function releaseIdempotencyKey(clientId: string, key: string, conn: DbOrTx = appDb): Promise<void> {
  await conn
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.clientId, clientId), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.responseStatus)));
}

/** Housekeeping: keys are honoured for a day (see README), then forgotten. */
export async function deleteExpiredIdempotencyKeys(before: Date, conn: DbOrTx = appDb): Promise<number> {
  const deleted = await conn.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before));
  return deleted.count;
}
