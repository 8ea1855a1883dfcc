import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { eq, sql as dsql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox } from '@/db/schema';
import { env } from '@/lib/env';
import { openTestDb } from '@/tests/helpers/apply';
import { startTestSmtpServer, type TestSmtpServer } from '@/tests/helpers/smtp';
import { smtpDeliver } from './deliver';
import { drainOutbox } from './drain-outbox';
import { enqueueEmail, messageIdFor } from './outbox';

const { db, sql } = openTestDb();
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await sql.end();
});

describe('a worker killed mid-send', () => {
  it('loses no email and sends it exactly once after the restart', async () => {
    const key = `crash-test:${randomUUID()}`;
    await db.transaction((tx) =>
      enqueueEmail(tx, { kind: 'crash-test', dedupeKey: key, to: 'grace@example.com', subject: 'Your application', html: '<p>Hi</p>', text: 'Hi' }),
    );
    // The worker sends while the SMTP server holds the DATA answer; then it is SIGKILLed.
    smtp.hold.value = true;
    const child = spawn('node_modules/.bin/tsx', ['--conditions=react-server', 'tests/helpers/drain-child.ts', smtp.url, '500', key], {
      env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await smtp.held();
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const [orphan] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
    expect(orphan).toMatchObject({ status: 'sending', attempts: 1 });
    expect(smtp.messages.filter((m) => m.messageId === messageIdFor(key))).toHaveLength(0);

    // The restarted worker finds the row once its claim lapses, and sends it.
    smtp.hold.value = false;
    await db.update(emailOutbox).set({ leaseUntil: dsql`now() - interval '1 second'` }).where(eq(emailOutbox.dedupeKey, key));
    const deliver = smtpDeliver({ smtpUrl: smtp.url, from: 'Portico <jobs@example.com>' });
    expect(await drainOutbox(db, deliver, { onlyDedupeKeys: [key] })).toMatchObject({ sent: 1 });
    expect(await drainOutbox(db, deliver, { onlyDedupeKeys: [key] })).toMatchObject({ sent: 0 });

    const arrived = smtp.messages.filter((m) => m.messageId === messageIdFor(key));
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.to).toMatchObject({ value: [{ address: 'grace@example.com' }] });
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  }, 60_000);
});
