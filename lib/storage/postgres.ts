import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { files } from '@/db/schema';
import type { FileStorage, PutFileInput, StoredFileContent } from './types';

const DRIVER = 'postgres';

/** Keeps the bytes in files.bytes: no second system to run, and one transaction covers file and row. */
export function createPostgresStorage(defaultDb: DbOrTx): FileStorage {
  return {
    driver: DRIVER,

    async put({ filename, contentType, bytes }: PutFileInput, tx?: DbOrTx) {
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const [row] = await (tx ?? defaultDb)
        .insert(files)
        .values({
          filename,
          contentType,
          sizeBytes: buffer.byteLength,
          sha256: createHash('sha256').update(buffer).digest('hex'),
          storageDriver: DRIVER,
          bytes: buffer,
        })
        .returning({ id: files.id });
      if (!row) throw new Error('File insert returned no row');
      return row;
    },

    async get(id: number, tx?: DbOrTx): Promise<StoredFileContent | null> {
      const [row] = await (tx ?? defaultDb)
        .select({ filename: files.filename, contentType: files.contentType, sizeBytes: files.sizeBytes, bytes: files.bytes })
        .from(files)
        .where(and(eq(files.id, id), eq(files.storageDriver, DRIVER)));
      if (!row?.bytes) return null;
      return { filename: row.filename, contentType: row.contentType, sizeBytes: row.sizeBytes, bytes: row.bytes };
    },
  };
}
