import { randomUUID } from 'node:crypto';
import { eq, sql as dsql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { emailOutbox } from '@/db/schema';
import { drainOutbox } from '@/lib/mail/drain-outbox';
import { enqueueEmail } from '@/lib/mail/outbox';
import { openTestDb } from '@/tests/helpers/apply';
import { getOutboxEmail, getOutboxHealth, listOutboxEmails, OUTBOX_PAGE_SIZE } from './email-outbox';

const { db, sql } = openTestDb();
afterAll(async () => {
  await sql.end();
});

const admin = { id: 'it-admin', role: 'admin' } as const;
const manager = { id: 'it-manager', role: 'hiring_manager' } as const;

async function queue(subject: string) {
  const key = `outbox-list:${randomUUID()}`;
  await db.transaction((tx) => enqueueEmail(tx, { kind: 'list-test', dedupeKey: key, to: 'ada@example.com', subject, html: '<p>x</p>', text: 'x' }));
  const [row] = await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
  return { key, id: row!.id };
}

describe('the admin outbox queries', () => {
  it('list newest first in keyset pages', async () => {
    for (let i = 0; i < OUTBOX_PAGE_SIZE + 2; i += 1) await queue(`Page test ${i}`);
    const first = await listOutboxEmails(admin, {}, db);
    expect(first.items).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(first.items.map((i) => i.id)).toEqual([...first.items.map((i) => i.id)].sort((a, b) => b - a));
    expect(first.olderThan).toBe(first.items.at(-1)?.id);
    const second = await listOutboxEmails(admin, { before: first.olderThan! }, db);
    expect(second.items.every((item) => item.id < first.olderThan!)).toBe(true);
  });

  it('filter by status and show one email with both parts', async () => {
    const { key, id } = await queue('Kept one');
    await drainOutbox(db, null, { onlyDedupeKeys: [key] });
    const kept = await listOutboxEmails(admin, { status: 'kept' }, db);
    expect(kept.items.every((item) => item.status === 'kept')).toBe(true);
    expect(kept.items.some((item) => item.id === id)).toBe(true);
    expect(await getOutboxEmail(admin, id, db)).toMatchObject({ subject: 'Kept one', html: '<p>x</p>', text: 'x', status: 'kept' });
  });

  it('report queue depth, failures and the oldest wait', async () => {
    const { id } = await queue('Old one');
    await db.update(emailOutbox).set({ createdAt: dsql`now() - interval '2 hours'` }).where(eq(emailOutbox.id, id));
    const health = await getOutboxHealth(admin, db);
    expect(health?.counts.queued).toBeGreaterThanOrEqual(1);
    expect(health?.oldestQueuedSeconds).toBeGreaterThanOrEqual(7200);
    expect(Array.isArray(health?.queues)).toBe(true);
  });

  it('answer nothing to anyone but an admin', async () => {
    const { id } = await queue('Secret');
    expect(await listOutboxEmails(manager, {}, db)).toEqual({ items: [], olderThan: null });
    expect(await getOutboxEmail(manager, id, db)).toBeNull();
    expect(await getOutboxHealth(manager, db)).toBeNull();
  });
});
