import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { Env } from '@/lib/env';
import { createFileStorage } from './file-storage';
import { createS3ObjectStore, type S3Settings } from './s3-objects';
import type { FileStorage } from './types';

/** Files in an S3-compatible bucket (AWS S3, MinIO, R2, …), each with its row in `files`. */
export function createS3Storage(defaultDb: DbOrTx, settings: S3Settings, { writeObjects = true } = {}): FileStorage {
  return createFileStorage(defaultDb, createS3ObjectStore(settings), writeObjects);
}

/** The S3 settings from the environment, or null when no bucket is configured. */
export function s3SettingsFromEnv(env: Env): S3Settings | null {
  if (!env.S3_BUCKET) return null;
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    keyPrefix: env.S3_KEY_PREFIX,
  };
}
