import 'server-only';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { env } from '@/lib/env';
import { createPostgresStorage } from './postgres';
import { createS3Storage, s3SettingsFromEnv } from './s3';
import type { FileStorage } from './types';

export type { FileStorage, PutFileInput, StagedFile, StoredFileContent } from './types';
export { MissingFileObjectError, StorageDriverUnavailableError } from './errors';
export { createPostgresStorage } from './postgres';

/**
 * The storage STORAGE_DRIVER names, over `conn`. With STORAGE_DRIVER=postgres and S3 settings
 * still present (moving back from S3), new files go to PostgreSQL and the S3 ones stay readable
 * and deletable, because the object store is kept for reading.
 */
export function storageFor(conn: DbOrTx): FileStorage {
  const s3 = s3SettingsFromEnv(env);
  if (!s3) return createPostgresStorage(conn);
  return createS3Storage(conn, s3, { writeObjects: env.STORAGE_DRIVER === 's3' });
}

let storage: FileStorage | undefined;

/** The app's file storage, chosen by STORAGE_DRIVER (lib/env.ts). */
export function getStorage(): FileStorage {
  storage ??= storageFor(db);
  return storage;
}
