import { randomUUID } from 'node:crypto';
import { eq, inArray, sql as dsql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox } from '@/db/schema';
import { openTestDb } from '@/tests/helpers/apply';
import { startTestSmtpServer, type TestSmtpServer } from '@/tests/helpers/smtp';
import { smtpDeliver } from './deliver';
import { claimDueEmails } from '@/db/queries/outbox-drain';
import { drainOutbox } from './drain-outbox';
import { enqueueEmail, messageIdFor } from './outbox';

const { db, sql } = openTestDb();
let smtp: TestSmtpServer;
const from = 'Portico <jobs@example.com>';

beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await sql.end();
});

async function enqueue(count: number): Promise<string[]> {
  const keys = Array.from({ length: count }, () => `drain-test:${randomUUID()}`);
  await db.transaction(async (tx) => {
    for (const [i, key] of keys.entries()) {
      await enqueueEmail(tx, { kind: 'drain-test', dedupeKey: key, to: `person-${i}-${key.slice(-8)}@example.com`, subject: `Subject ${key}`, html: `<p>${key}</p>`, text: key });
    }
  });
  return keys;
}

// mailparser keeps the angle brackets of a Message-ID, as the outbox stores it.
const arrivedFor = (key: string) => smtp.messages.filter((m) => m.messageId === messageIdFor(key));
const rowsFor = (keys: string[]) => db.select().from(emailOutbox).where(inArray(emailOutbox.dedupeKey, keys));

describe('drainOutbox', () => {
  it('sends each due email once to the SMTP server and marks it sent', async () => {
    const keys = await enqueue(2);
    const deliver = smtpDeliver({ smtpUrl: smtp.url, from });
    expect(await drainOutbox(db, deliver, { onlyDedupeKeys: keys })).toEqual({ sent: 2, kept: 0, retrying: 0, failed: 0 });
    expect(await drainOutbox(db, deliver, { onlyDedupeKeys: keys })).toEqual({ sent: 0, kept: 0, retrying: 0, failed: 0 });
    for (const key of keys) {
      const [message] = arrivedFor(key);
      expect(arrivedFor(key)).toHaveLength(1);
      expect(message?.subject).toBe(`Subject ${key}`);
      expect(message?.text?.trim()).toBe(key);
      expect(message?.from?.value[0]?.address).toBe('jobs@example.com');
    }
    const rows = await rowsFor(keys);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(rows.every((r) => r.sentAt && r.attempts === 1 && r.leaseUntil === null)).toBe(true);
  });

  it('keeps the emails in the database without an SMTP server', async () => {
    const keys = await enqueue(1);
    expect(await drainOutbox(db, null, { onlyDedupeKeys: keys })).toMatchObject({ kept: 1, sent: 0 });
    const [row] = await rowsFor(keys);
    expect(row?.status).toBe('kept');
    expect(arrivedFor(keys[0]!)).toHaveLength(0);
  });

  // Issue 10 item 6: the worker logged subjects (candidate names); logs carry ids and kinds only.
  it('logs ids and kinds only: no subject, address, dedupe key or SMTP reply', async () => {
    const lines: string[] = [];
    const log = (event: string, fields: Record<string, unknown>) => void lines.push(JSON.stringify({ event, ...fields }));
    const [kept] = await enqueue(1);
    await drainOutbox(db, null, { onlyDedupeKeys: [kept!], log });
    const [sent] = await enqueue(1);
    await drainOutbox(db, smtpDeliver({ smtpUrl: smtp.url, from }), { onlyDedupeKeys: [sent!], log });
    const [refused] = await enqueue(1);
    const refusing = async () => {
      throw Object.assign(new Error(`550 5.1.1 <person-0-${refused!.slice(-8)}@example.com>: Recipient address rejected`), { responseCode: 550 });
    };
    await drainOutbox(db, refusing, { onlyDedupeKeys: [refused!], log, maxAttempts: 1 });
    expect(lines).toHaveLength(3);
    for (const key of [kept!, sent!, refused!]) {
      const [row] = await rowsFor([key]);
      for (const line of lines) {
        expect(line).not.toContain(key.slice(-8));
        expect(line).not.toContain(row!.subject);
        expect(line).not.toContain(row!.toAddress);
      }
    }
    expect(JSON.parse(lines[2]!)).toMatchObject({ kind: 'drain-test', err: { name: 'Error', responseCode: 550 } });
  });

  it('retries a refused send later with backoff, then gives up', async () => {
    const keys = await enqueue(1);
    const refusing = async () => {
      throw new Error('421 try again later');
    };
    expect(await drainOutbox(db, refusing, { onlyDedupeKeys: keys, maxAttempts: 2 })).toMatchObject({ retrying: 1 });
    const [waiting] = await rowsFor(keys);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, lastError: '421 try again later' });
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // Not due yet: a drain now leaves it alone.
    expect(await drainOutbox(db, refusing, { onlyDedupeKeys: keys, maxAttempts: 2 })).toMatchObject({ retrying: 0, failed: 0 });
    await db.update(emailOutbox).set({ nextAttemptAt: dsql`now()` }).where(eq(emailOutbox.dedupeKey, keys[0]!));
    expect(await drainOutbox(db, refusing, { onlyDedupeKeys: keys, maxAttempts: 2 })).toMatchObject({ failed: 1 });
    const [failed] = await rowsFor(keys);
    expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('re-sends, exactly once, an email whose worker died between claim and marking it sent', async () => {
    const keys = await enqueue(1);
    // The "crashed" worker: it claimed the row (committed 'sending') and never came back.
    const claimed = await claimDueEmails(db, { limit: 10, leaseMs: 50, onlyDedupeKeys: keys });
    expect(claimed).toHaveLength(1);
    const deliver = smtpDeliver({ smtpUrl: smtp.url, from });
    // A live claim is left alone: no second worker sends it while the first may still be sending.
    await db.update(emailOutbox).set({ leaseUntil: dsql`now() + interval '1 minute'` }).where(eq(emailOutbox.dedupeKey, keys[0]!));
    expect(await drainOutbox(db, deliver, { onlyDedupeKeys: keys })).toMatchObject({ sent: 0 });
    await db.update(emailOutbox).set({ leaseUntil: dsql`now() - interval '1 second'` }).where(eq(emailOutbox.dedupeKey, keys[0]!));
    expect(await drainOutbox(db, deliver, { onlyDedupeKeys: keys })).toMatchObject({ sent: 1 });
    expect(await drainOutbox(db, deliver, { onlyDedupeKeys: keys })).toMatchObject({ sent: 0 });
    expect(arrivedFor(keys[0]!)).toHaveLength(1);
    const [row] = await rowsFor(keys);
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('lets two concurrent drains send each email once', async () => {
    const keys = await enqueue(6);
    const deliver = smtpDeliver({ smtpUrl: smtp.url, from });
    const [a, b] = await Promise.all([
      drainOutbox(db, deliver, { onlyDedupeKeys: keys, batchSize: 2 }),
      drainOutbox(db, deliver, { onlyDedupeKeys: keys, batchSize: 2 }),
    ]);
    expect(a.sent + b.sent).toBe(6);
    for (const key of keys) expect(arrivedFor(key)).toHaveLength(1);
  });
});
