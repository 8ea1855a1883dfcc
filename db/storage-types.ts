// The contract between the queries that write or delete files in their transactions and the
// drivers in lib/storage that implement it: the queries receive a FileStorage as an argument.
import type { DbOrTx } from '@/db/client';

export interface PutFileInput {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface StoredFileContent {
  filename: string;
  contentType: string;
  sizeBytes: number;
  bytes: Buffer;
}

/**
 * A file made ready to be recorded: hashed, and for an object store already uploaded under a
 * key of its own. Staging happens before the database transaction, so no lock is held while
 * bytes travel to another system.
 */
export interface StagedFile {
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  driver: string;
  /** The object's key in the object store; null when the bytes go into the row. */
  key: string | null;
  /** The bytes for drivers that keep them in the row; null once they are in an object store. */
  bytes: Buffer | null;
}

/**
 * Where uploaded files live. Every driver records the file in the `files` table (its id is the
 * file's id everywhere); `tx` lets that row commit or roll back with the application it belongs to.
 *
 * Writing is two steps: `stage` (outside any transaction; an object store gets the object under
 * a fresh random key) then `record` (the row, inside the caller's transaction). A staged file
 * whose row never commits is handed to `discard`; one missed there (a crash) is an orphan that
 * the worker's sweep removes. Deleting goes through `remove` in the caller's transaction, which
 * queues the objects; `purgeRemovedObjects` deletes them once that transaction has committed.
 */
export interface FileStorage {
  readonly driver: string;
  stage(input: PutFileInput): Promise<StagedFile>;
  record(file: StagedFile, tx?: DbOrTx): Promise<{ id: number }>;
  discard(files: readonly StagedFile[]): Promise<void>;
  /** stage + record, for callers with no transaction to keep short (seeds, tests). */
  put(input: PutFileInput, tx?: DbOrTx): Promise<{ id: number }>;
  /** The file, or null when no such row. Throws MissingFileObjectError when the row's object is gone. */
  get(id: number, tx?: DbOrTx): Promise<StoredFileContent | null>;
  /** Deletes the rows and queues their objects for deletion, in `tx`. Returns how many rows went. */
  remove(ids: readonly number[], tx: DbOrTx): Promise<number>;
  /** Deletes queued objects (after the removing transaction committed). Never throws. */
  purgeRemovedObjects(): Promise<{ deleted: number; failed: number }>;
  /** Deletes objects older than `olderThan` that no row names (uploads whose transaction never committed). */
  sweepOrphanObjects(olderThan: Date): Promise<{ checked: number; deleted: number }>;
}
