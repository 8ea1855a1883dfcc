import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { fileObjectDeletions, files } from '@/db/schema';
import type { StagedFile } from '@/db/storage-types';

// The `files` rows and the queue of objects to delete, for lib/storage's drivers: the SQL is
// here, the choice of where bytes live (row or object store) is theirs.

export async function insertFileRow(conn: DbOrTx, file: StagedFile): Promise<{ id: number }> {
  const [row] = await conn
    .insert(files)
    .values({
      filename: file.filename,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      storageDriver: file.driver,
      storageKey: file.key,
      bytes: file.bytes,
    })
    .returning({ id: files.id });
  if (!row) throw new Error('File insert returned no row');
  return row;
}

export async function getFileRow(conn: DbOrTx, id: number) {
  const [row] = await conn
    .select({
      filename: files.filename,
      contentType: files.contentType,
      sizeBytes: files.sizeBytes,
      sha256: files.sha256,
      driver: files.storageDriver,
      key: files.storageKey,
      bytes: files.bytes,
    })
    .from(files)
    .where(eq(files.id, id));
  return row ?? null;
}

/** Deletes the rows and queues their objects, in the caller's transaction. Returns how many rows went. */
export async function deleteFileRows(tx: DbOrTx, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const gone = await tx.delete(files).where(inArray(files.id, [...ids])).returning({ driver: files.storageDriver, key: files.storageKey });
  const queued = gone.flatMap((row) => (row.key ? [{ storageDriver: row.driver, storageKey: row.key }] : []));
  if (queued.length > 0) await tx.insert(fileObjectDeletions).values(queued);
  return gone.length;
}

/**
 * Takes up to `limit` queued objects of one driver, lets `deleteObjects` remove them (it answers
 * with the keys it could not delete), and clears the done ones; the others stay queued with one
 * more attempt counted. SKIP LOCKED: the app (after a commit) and the worker may purge at once.
 */
export async function processObjectDeletions(
  conn: DbOrTx,
  driver: string,
  limit: number,
  deleteObjects: (keys: string[]) => Promise<string[]>,
): Promise<{ deleted: number; failed: number }> {
  return conn.transaction(async (tx) => {
    const rows = await tx
      .select({ id: fileObjectDeletions.id, key: fileObjectDeletions.storageKey })
      .from(fileObjectDeletions)
      .where(eq(fileObjectDeletions.storageDriver, driver))
      .orderBy(fileObjectDeletions.id)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return { deleted: 0, failed: 0 };
    const failed = new Set(await deleteObjects(rows.map((r) => r.key)));
    const done = rows.filter((r) => !failed.has(r.key)).map((r) => r.id);
    if (done.length > 0) await tx.delete(fileObjectDeletions).where(inArray(fileObjectDeletions.id, done));
    const retry = rows.filter((r) => failed.has(r.key)).map((r) => r.id);
    if (retry.length > 0) {
      await tx
        .update(fileObjectDeletions)
        .set({ attempts: sql`${fileObjectDeletions.attempts} + 1`, lastError: 'delete refused by the object store' })
        .where(inArray(fileObjectDeletions.id, retry));
    }
    return { deleted: done.length, failed: retry.length };
  });
}

/** Which of these object keys a `files` row still names. */
export async function referencedStorageKeys(conn: DbOrTx, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await conn.select({ key: files.storageKey }).from(files).where(inArray(files.storageKey, [...keys]));
  return new Set(rows.flatMap((row) => (row.key ? [row.key] : [])));
}
