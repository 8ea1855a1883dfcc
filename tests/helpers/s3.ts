import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeleteObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { Database } from '@/db/client';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { createS3Storage } from '@/lib/storage/s3';
import type { S3Settings } from '@/lib/storage/s3-objects';
import type { FileStorage } from '@/lib/storage/types';

// A real S3-compatible server (s3rver) for the storage tests, on the ports set aside for this
// work (4569–4579). Each test file starts its own, on the first free port, with its own folder.
const FIRST_PORT = 4569;
const LAST_PORT = 4579;
const BUCKET = 'portico-test';

export interface LocalS3 {
  settings: S3Settings;
  client: S3Client;
  /** Every key in the bucket. */
  keys(): Promise<string[]>;
  deleteObject(key: string): Promise<void>;
  putObject(key: string, body: Buffer): Promise<void>;
  stop(): Promise<void>;
}

async function listen(directory: string): Promise<{ server: S3rver; port: number }> {
  for (let port = FIRST_PORT; port <= LAST_PORT; port += 1) {
    const server = new S3rver({ port, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: BUCKET, configs: [] }] });
    try {
      await server.run();
      return { server, port };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`No free port for the local S3 server in ${FIRST_PORT}–${LAST_PORT}`);
}

export async function startLocalS3(): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'portico-s3-'));
  const { server, port } = await listen(directory);
  const settings: S3Settings = {
    bucket: BUCKET,
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    // s3rver's fixed development credentials.
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    keyPrefix: `t${Date.now().toString(36)}/`,
  };
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: true,
    credentials: settings.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    settings,
    client,
    async keys() {
      const found: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, ContinuationToken }));
        found.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return found;
    },
    async deleteObject(key) {
      await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    },
    async putObject(key, body) {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
    },
    async stop() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export type StorageKind = 'postgres' | 's3';
export const STORAGE_KINDS: StorageKind[] = ['postgres', 's3'];

/** The storage of that kind over `db`; the S3 one on `s3`. */
export function storageOf(kind: StorageKind, db: Database, s3: LocalS3): FileStorage {
  return kind === 's3' ? createS3Storage(db, s3.settings) : createPostgresStorage(db);
}
