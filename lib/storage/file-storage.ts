import 'server-only';
import { createHash } from 'node:crypto';
import type { DbOrTx } from '@/db/client';
import { deleteFileRows, getFileRow, insertFileRow, processObjectDeletions, referencedStorageKeys } from '@/db/queries/files';
import { logger } from '@/lib/logger';
import { MissingFileObjectError, StorageDriverUnavailableError } from './errors';
import type { ObjectStore } from './s3-objects';
import type { FileStorage, PutFileInput, StagedFile, StoredFileContent } from './types';

const POSTGRES = 'postgres';
const PURGE_BATCH = 500;
const log = logger.child({ component: 'storage' });

const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');

/**
 * The `files` table plus, optionally, an object store. New files go to the object store when
 * `writeObjects`, into the row otherwise; reads and deletes follow each row's own driver, so the
 * files written before a switch of driver (either way) stay readable and deletable.
 */
export function createFileStorage(defaultDb: DbOrTx, objects?: ObjectStore, writeObjects = Boolean(objects)): FileStorage {
  const driver = objects && writeObjects ? objects.driver : POSTGRES;

  const stage = async ({ filename, contentType, bytes }: PutFileInput): Promise<StagedFile> => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sha256 = sha256Hex(buffer);
    const base = { filename, contentType, sizeBytes: buffer.byteLength, sha256, driver };
    if (!objects || !writeObjects) return { ...base, key: null, bytes: buffer };
    const key = objects.newKey();
    await objects.put(key, buffer, contentType, sha256);
    return { ...base, key, bytes: null };
  };

  const record = (file: StagedFile, tx?: DbOrTx) => insertFileRow(tx ?? defaultDb, file);

  const deleteObjects = async (keys: string[]): Promise<string[]> => {
    if (!objects || keys.length === 0) return keys;
    return objects.delete(keys);
  };

  return {
    driver,
    stage,
    record,

    async discard(staged) {
      const keys = staged.flatMap((file) => (file.key ? [file.key] : []));
      if (keys.length === 0) return;
      // Best effort: an object left here has no row and the orphan sweep removes it later.
      const failed = await deleteObjects(keys).catch(() => keys);
      if (failed.length > 0) log.warn({ count: failed.length }, 'Could not discard staged objects; the orphan sweep will remove them');
    },

    async put(input, tx) {
      const staged = await stage(input);
      try {
        return await record(staged, tx);
      } catch (error) {
        await this.discard([staged]);
        throw error;
      }
    },

    async get(id, tx): Promise<StoredFileContent | null> {
      const row = await getFileRow(tx ?? defaultDb, id);
      if (!row) return null;
      const content = { filename: row.filename, contentType: row.contentType, sizeBytes: row.sizeBytes };
      if (row.driver === POSTGRES) return row.bytes ? { ...content, bytes: row.bytes } : null;
      if (!objects || objects.driver !== row.driver || !row.key) throw new StorageDriverUnavailableError(id, row.driver);
      const bytes = await objects.get(row.key);
      // A different object under the key is as missing as no object: never serve the wrong file.
      if (!bytes || sha256Hex(bytes) !== row.sha256) throw new MissingFileObjectError(id, row.driver);
      return { ...content, bytes };
    },

    remove(ids, tx) {
      return deleteFileRows(tx, ids);
    },

    async purgeRemovedObjects() {
      if (!objects) return { deleted: 0, failed: 0 };
      try {
        return await processObjectDeletions(defaultDb, objects.driver, PURGE_BATCH, deleteObjects);
      } catch (error) {
        // The rows stay queued; the worker's next run tries again.
        log.warn({ err: errorName(error) }, 'Could not delete removed objects yet');
        return { deleted: 0, failed: 1 };
      }
    },

    async sweepOrphanObjects(olderThan) {
      const report = { checked: 0, deleted: 0 };
      if (!objects) return report;
      for await (const page of objects.list()) {
        // Only objects older than any upload's transaction: a younger one may be about to get its row.
        const old = page.filter((o) => o.lastModified < olderThan).map((o) => o.key);
        report.checked += page.length;
        if (old.length === 0) continue;
        const referenced = await referencedStorageKeys(defaultDb, old);
        const orphans = old.filter((key) => !referenced.has(key));
        const failed = await deleteObjects(orphans);
        report.deleted += orphans.length - failed.length;
      }
      return report;
    },
  };
}
