import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { emailOutbox } from '@/db/schema';
import { openTestDb } from '@/tests/helpers/apply';
import { enqueueEmail, messageIdFor } from './outbox';

const { db, sql } = openTestDb();
afterAll(async () => {
  await sql.end();
});

const message = (dedupeKey: string) => ({
  kind: 'test',
  dedupeKey,
  to: 'ada@example.com',
  subject: 'Hello',
  html: '<p>Hello</p>',
  text: 'Hello',
});

describe('enqueueEmail', () => {
  it('queues one row per dedupe key, whatever the number of calls', async () => {
    const key = `test:${randomUUID()}`;
    expect(await db.transaction((tx) => enqueueEmail(tx, message(key)))).toEqual({ enqueued: true });
    expect(await db.transaction((tx) => enqueueEmail(tx, { ...message(key), subject: 'Again' }))).toEqual({ enqueued: false });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
    expect(rows).toHaveLength(1);
    // The Message-ID is the sender's to derive (the drain tests check what arrives), not stored.
    expect(rows[0]).toMatchObject({ status: 'queued', subject: 'Hello', attempts: 0, messageId: null });
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const key = `test:${randomUUID()}`;
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, message(key));
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key))).toHaveLength(0);
  });
});

describe('messageIdFor', () => {
  it('is stable per dedupe key and differs between keys', () => {
    expect(messageIdFor('a:1', 'https://jobs.example.com')).toBe(messageIdFor('a:1', 'https://jobs.example.com'));
    expect(messageIdFor('a:1', 'https://jobs.example.com')).not.toBe(messageIdFor('a:2', 'https://jobs.example.com'));
    expect(messageIdFor('a:1', 'https://jobs.example.com')).toMatch(/^<outbox\.[0-9a-f]{32}@jobs\.example\.com>$/);
  });
});
