import 'server-only';
import type { DbOrTx } from '@/db/client';
import { createFileStorage } from './file-storage';
import type { FileStorage } from './types';

/** Keeps the bytes in files.bytes: no second system to run, and one transaction covers file and row. */
export function createPostgresStorage(defaultDb: DbOrTx): FileStorage {
  return createFileStorage(defaultDb);
}
