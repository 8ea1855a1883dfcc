import 'server-only';
import { db } from '@/db';
import { createPostgresStorage } from './postgres';
import type { FileStorage } from './types';

export type { FileStorage, PutFileInput, StoredFileContent } from './types';
export { createPostgresStorage } from './postgres';

let storage: FileStorage | undefined;

/**
 * The app's file storage. Only the PostgreSQL driver exists today; an S3-compatible driver
 * will be chosen here from a STORAGE_DRIVER setting in lib/env.ts when it lands.
 */
export function getStorage(): FileStorage {
  storage ??= createPostgresStorage(db);
  return storage;
}
