import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { fileObjectDeletions, files } from '@/db/schema';
import { openTestDb, uniquePdf } from '@/tests/helpers/apply';
import { STORAGE_KINDS, startLocalS3, storageOf } from '@/tests/helpers/s3';
import { MissingFileObjectError, StorageDriverUnavailableError } from './errors';
import { createPostgresStorage } from './postgres';
import { createS3Storage } from './s3';

const { db, sql } = openTestDb();
const s3 = await startLocalS3();

afterAll(async () => {
  await s3.stop();
  await sql.end();
});

const pdf = () => ({ filename: 'cv.pdf', contentType: 'application/pdf', bytes: uniquePdf() });
const keyOf = async (id: number) => (await db.select({ key: files.storageKey }).from(files).where(eq(files.id, id)))[0]?.key ?? null;

describe.each(STORAGE_KINDS)('file storage (%s)', (kind) => {
  const storage = storageOf(kind, db, s3);

  it('stores a file and reads back the same bytes', async () => {
    const input = pdf();
    const { id } = await storage.put(input);
    const file = await storage.get(id);
    expect(file).toMatchObject({ filename: 'cv.pdf', contentType: 'application/pdf', sizeBytes: input.bytes.byteLength });
    expect(Buffer.compare(file!.bytes, Buffer.from(input.bytes))).toBe(0);
    const [row] = await db.select({ driver: files.storageDriver, key: files.storageKey, hasBytes: files.bytes }).from(files).where(eq(files.id, id));
    expect(row?.driver).toBe(kind);
    if (kind === 's3') {
      expect(row?.hasBytes).toBeNull();
      expect(await s3.keys()).toContain(row?.key);
    } else {
      expect(row?.key).toBeNull();
    }
  });

  it('keeps every byte value, also from a view into a larger buffer', async () => {
    const all = Buffer.alloc(3 * 256 + 7);
    for (let i = 0; i < all.length; i++) all[i] = (i * 151) % 256;
    // A Uint8Array over part of another buffer, as a parsed upload may be: only its own bytes count.
    const view = new Uint8Array(all.buffer, all.byteOffset + 5, 3 * 256);
    const { id } = await storage.put({ filename: 'bytes.bin', contentType: 'application/octet-stream', bytes: view });
    const file = await storage.get(id);
    expect(Buffer.compare(file!.bytes, Buffer.from(view))).toBe(0);
  });

  it('answers null for an unknown id', async () => {
    expect(await storage.get(2_000_000_000)).toBeNull();
  });

  it('keeps nothing of a staged file that is discarded instead of recorded', async () => {
    const before = await s3.keys();
    const staged = await storage.stage(pdf());
    await storage.discard([staged]);
    expect(await s3.keys()).toEqual(before);
  });

  it('removes rows in the caller’s transaction, and their objects only after it commits', async () => {
    const { id } = await storage.put(pdf());
    const key = await keyOf(id);
    await expect(
      db.transaction(async (tx) => {
        expect(await storage.remove([id], tx)).toBe(1);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await storage.get(id)).not.toBeNull();

    await db.transaction((tx) => storage.remove([id], tx));
    expect(await storage.get(id)).toBeNull();
    if (kind === 's3') {
      expect(await s3.keys()).toContain(key);
      expect(await storage.purgeRemovedObjects()).toMatchObject({ failed: 0 });
      expect(await s3.keys()).not.toContain(key);
      expect(await db.select().from(fileObjectDeletions).where(eq(fileObjectDeletions.storageKey, key!))).toHaveLength(0);
    }
  });
});

describe('file storage (s3) when objects go astray', () => {
  const storage = createS3Storage(db, s3.settings);

  it('refuses to serve a row whose object is missing, saying so', async () => {
    const { id } = await storage.put(pdf());
    await s3.deleteObject((await keyOf(id))!);
    await expect(storage.get(id)).rejects.toBeInstanceOf(MissingFileObjectError);
    await expect(storage.get(id)).rejects.toThrow(`File ${id} has a row but its object is missing from s3 storage`);
  });

  it('refuses another object under the row’s key rather than serve the wrong bytes', async () => {
    const { id } = await storage.put(pdf());
    await s3.putObject((await keyOf(id))!, Buffer.from(uniquePdf()));
    await expect(storage.get(id)).rejects.toBeInstanceOf(MissingFileObjectError);
  });

  it('sweeps objects no row names once they are older than the grace period, and only those', async () => {
    const kept = await storage.put(pdf());
    const orphan = await storage.stage(pdf()); // a crash between upload and commit
    const young = await storage.sweepOrphanObjects(new Date(Date.now() - 60 * 60_000));
    expect(young.deleted).toBe(0);
    expect(await s3.keys()).toContain(orphan.key);

    const swept = await storage.sweepOrphanObjects(new Date(Date.now() + 1000));
    expect(swept.deleted).toBeGreaterThanOrEqual(1);
    const keys = await s3.keys();
    expect(keys).not.toContain(orphan.key);
    expect(keys).toContain(await keyOf(kept.id));
    expect(await storage.get(kept.id)).not.toBeNull();
  });

  it('keeps the files of the other driver readable and deletable after a switch', async () => {
    const inPostgres = await createPostgresStorage(db).put(pdf());
    const inS3 = await storage.put(pdf());
    // Back to PostgreSQL for new files, with the bucket still configured for the old ones.
    const switchedBack = createS3Storage(db, s3.settings, { writeObjects: false });
    expect(switchedBack.driver).toBe('postgres');
    expect(await switchedBack.get(inS3.id)).not.toBeNull();
    expect(await storage.get(inPostgres.id)).not.toBeNull();
    const key = await keyOf(inS3.id);
    await db.transaction((tx) => switchedBack.remove([inS3.id, inPostgres.id], tx));
    await switchedBack.purgeRemovedObjects();
    expect(await s3.keys()).not.toContain(key);
    expect(await db.select().from(files).where(inArray(files.id, [inS3.id, inPostgres.id]))).toHaveLength(0);
  });

  it('says which setting is missing when an S3 row is read without S3 configured', async () => {
    const { id } = await storage.put(pdf());
    await expect(createPostgresStorage(db).get(id)).rejects.toBeInstanceOf(StorageDriverUnavailableError);
  });
});
