import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { emailOutbox, emailOutboxApplications } from '@/db/schema';
import { applyTo } from '@/tests/helpers/review';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { queueOutboxEmails, type OutboxMessage } from './outbox-writes';

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

  it('fails the commit, and keeps nothing, when the application it links to was never written', async () => {
    const missing = 2_000_000_000;
    const orphan = message([missing]);
    await expect(db.transaction((tx) => queueOutboxEmails(tx, [orphan]))).rejects.toThrow();
    expect(await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, orphan.dedupeKey))).toEqual([]);
  });
});
