// The storage contract is defined beside the queries that take a storage as an argument
// (db/storage-types.ts); the drivers here implement it.
export type { FileStorage, PutFileInput, StagedFile, StoredFileContent } from '@/db/storage-types';
