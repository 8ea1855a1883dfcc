import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { rateLimitHits } from '@/db/schema';

/**
 * Counts one hit in a fixed window and returns the window's new total. One statement, so
 * concurrent hits on any number of app instances each get a distinct count.
 */
export async function incrementRateLimitHit(key: string, windowStart: Date, conn: DbOrTx = db): Promise<number> {
  const [row] = await conn
    .insert(rateLimitHits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.key, rateLimitHits.windowStart],
      set: { count: sql`${rateLimitHits.count} + 1` },
    })
    .returning({ count: rateLimitHits.count });
  if (!row) throw new Error('Rate limit upsert returned no row');
  return row.count;
}

export async function deleteRateLimitHits(key: string, windowStart: Date, conn: DbOrTx = db): Promise<void> {
  await conn.delete(rateLimitHits).where(and(eq(rateLimitHits.key, key), eq(rateLimitHits.windowStart, windowStart)));
}

/** Housekeeping for a scheduled job: windows that started before `before` count for nothing. */
export async function deleteExpiredRateLimitHits(before: Date, conn: DbOrTx = db): Promise<number> {
  const deleted = await conn.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, before));
  return deleted.count;
}

/** The hits counted so far in a window, without counting one. */
export async function countRateLimitHits(key: string, windowStart: Date, conn: DbOrTx = db): Promise<number> {
  const [row] = await conn
    .select({ count: rateLimitHits.count })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.key, key), eq(rateLimitHits.windowStart, windowStart)));
  return row?.count ?? 0;
}
