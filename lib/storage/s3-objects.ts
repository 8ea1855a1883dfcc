import 'server-only';
import { randomUUID } from 'node:crypto';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Every key starts with it (e.g. `portico/`), so the orphan sweep lists only Portico's objects. */
  keyPrefix: string;
}

export interface ListedObject {
  key: string;
  lastModified: Date;
}

/** What the file storage needs from an object store; S3-compatible is the one there is. */
export interface ObjectStore {
  readonly driver: string;
  readonly keyPrefix: string;
  newKey(): string;
  put(key: string, bytes: Buffer, contentType: string, sha256: string): Promise<void>;
  /** The object's bytes, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /** Deletes the keys (a missing key counts as deleted); returns those that failed. */
  delete(keys: readonly string[]): Promise<string[]>;
  list(): AsyncIterable<ListedObject[]>;
}

const DELETE_BATCH = 1000; // DeleteObjects' own limit

function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);
}

export function createS3ObjectStore(settings: S3Settings, client?: S3Client): ObjectStore {
  const s3 =
    client ??
    new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
      // The SDK's default CRC32 trailers are not understood by every S3-compatible server
      // (older MinIO, R2, s3rver); checksums are sent when an operation requires them, and the
      // bytes are checked against the row's sha256 on every read instead.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  const Bucket = settings.bucket;

  return {
    driver: 's3',
    keyPrefix: settings.keyPrefix,

    // Random, never derived from the content or the name: two uploads of one file are two
    // objects, so deleting one application's resume can never take another's.
    newKey: () => `${settings.keyPrefix}files/${randomUUID()}`,

    async put(key, bytes, contentType, sha256) {
      await s3.send(
        new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength, Metadata: { sha256 } }),
      );
    },

    async get(key) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(keys) {
      const failed: string[] = [];
      for (let i = 0; i < keys.length; i += DELETE_BATCH) {
        const batch = keys.slice(i, i + DELETE_BATCH);
        const result = await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
        for (const error of result.Errors ?? []) if (error.Key && error.Code !== 'NoSuchKey') failed.push(error.Key);
      }
      return failed;
    },

    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: `${settings.keyPrefix}files/`, ContinuationToken }));
        const objects = (page.Contents ?? []).flatMap((o) => (o.Key && o.LastModified ? [{ key: o.Key, lastModified: o.LastModified }] : []));
        if (objects.length > 0) yield objects;
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
