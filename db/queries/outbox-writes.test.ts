import { randomUUID } from 'node:crypto';
import { eq, inArray, sql as raw } from 'drizzle-orm';
import { Client } from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDb } from '@/db/client';
import { emailOutbox, emailOutboxApplications } from '@/db/schema';
import { env } from '@/lib/env';
import { applyTo } from '@/tests/helpers/review';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { OUTBOX_CHANNEL, queueOutboxEmails, type OutboxMessage } from './outbox-writes';

// queueOutboxEmails writes emails and their links before the application they are about may
// exist (createApplication writes its row last): the link's reference is checked at commit.
const { db, sql } = openTestDb();

afterAll(async () => {
  await sql.end();
});

const message = (applicationIds: number[], key = randomUUID()): OutboxMessage => ({
  kind: 'test',
  dedupeKey: `test:${key}`,
  to: 'someone@example.com',
  subject: 'Subject',
  html: '<p>x</p>',
  text: 'x',
  about: { applicationIds, audience: 'staff' },
});

describe('queueOutboxEmails', () => {
  it('queues a batch with its links, once per dedupe key', async () => {
    await ensureSettings(db);
    const job = await createTestJob(db);
    const [a, b] = [await applyTo(db, job.id), await applyTo(db, job.id)];
    const batch = [message([a]), message([a, b, b])];
    expect(await db.transaction((tx) => queueOutboxEmails(tx, batch))).toBe(2);
    expect(await db.transaction((tx) => queueOutboxEmails(tx, batch))).toBe(0);
    const rows = await db
      .select({ key: emailOutbox.dedupeKey, applicationId: emailOutboxApplications.applicationId })
      .from(emailOutbox)
      .innerJoin(emailOutboxApplications, eq(emailOutboxApplications.emailId, emailOutbox.id))
      .where(inArray(emailOutbox.dedupeKey, batch.map((m) => m.dedupeKey)));
    expect(rows.map((r) => [r.key, r.applicationId]).sort()).toEqual(
      [
        [batch[0]!.dedupeKey, a],
        [batch[1]!.dedupeKey, a],
        [batch[1]!.dedupeKey, b],
      ].sort(),
    );
  });

  it('makes one email with one link of each application when a batch repeats a dedupe key', async () => {
    await ensureSettings(db);
    const job = await createTestJob(db);
    const a = await applyTo(db, job.id);
    const first = message([a]);
    expect(await db.transaction((tx) => queueOutboxEmails(tx, [first, { ...first, subject: 'Again' }]))).toBe(1);
    const links = await db
      .select({ applicationId: emailOutboxApplications.applicationId })
      .from(emailOutbox)
      .innerJoin(emailOutboxApplications, eq(emailOutboxApplications.emailId, emailOutbox.id))
      .where(eq(emailOutbox.dedupeKey, first.dedupeKey));
    expect(links).toEqual([{ applicationId: a }]);
  });

  it('fails the commit, and keeps nothing, when the application it links to was never written', async () => {
    const missing = 2_000_000_000;
    const orphan = message([missing]);
    await expect(db.transaction((tx) => queueOutboxEmails(tx, [orphan]))).rejects.toThrow();
    expect(await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, orphan.dedupeKey))).toEqual([]);
  });

  it('wakes the worker at commit when it adds an email, and not when every email was queued already', async () => {
    await ensureSettings(db);
    const job = await createTestJob(db);
    const application = await applyTo(db, job.id);
    // Other test files queue emails on this channel too: node-postgres tells each notification's
    // sending backend, and one connection of our own sends all of this test's.
    const listener = new Client({ connectionString: env.DATABASE_URL });
    const heard: Array<{ from: number; payload: string }> = [];
    listener.on('notification', (n) => heard.push({ from: n.processId, payload: n.payload ?? '' }));
    const own = createDb(env.DATABASE_URL!, { max: 1 });
    try {
      await listener.connect();
      await listener.query(`listen ${OUTBOX_CHANNEL}`);
      const [backend] = await own.db.execute<{ pid: number }>(raw`select pg_backend_pid()::int as pid`);
      const batch = [message([application])];
      expect(await own.db.transaction((tx) => queueOutboxEmails(tx, batch))).toBe(1);
      expect(await own.db.transaction((tx) => queueOutboxEmails(tx, batch))).toBe(0);
      await own.db.execute(raw`select pg_notify(${OUTBOX_CHANNEL}, 'end of test')`);
      const ours = () => heard.filter((n) => n.from === backend?.pid).map((n) => n.payload);
      // Delivered as soon as the commit is; the margin is for a machine busy with the other test files.
      await vi.waitFor(() => expect(ours()).toContain('end of test'), { timeout: 10_000 });
      expect(ours()).toEqual(['', 'end of test']);
    } finally {
      await own.sql.end();
      await listener.end();
    }
  });
});
