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
 * Where uploaded files live. Every driver records the file in the `files` table (its id is the
 * file's id everywhere); `tx` lets that row commit or roll back with the application it belongs to.
 */
export interface FileStorage {
  readonly driver: string;
  put(input: PutFileInput, tx?: DbOrTx): Promise<{ id: number }>;
  get(id: number, tx?: DbOrTx): Promise<StoredFileContent | null>;
}
