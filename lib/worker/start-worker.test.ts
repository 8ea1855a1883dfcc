import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { getOutboxHealth } from '@/db/queries/email-outbox';
import { env } from '@/lib/env';
import { smtpDeliver } from '@/lib/mail/deliver';
import { enqueueEmail, messageIdFor } from '@/lib/mail/outbox';
import { dropDatabase, ensureDatabaseExists } from '@/scripts/lib/embedded-postgres';
import { withDatabaseName } from '@/scripts/lib/database-url';
import { eq } from 'drizzle-orm';
import { applications, resumeTexts } from '@/db/schema';
import { RESUME_MIME_TYPES } from '@/lib/validations/resume-file';
import { ensureSettings, createTestJob } from '@/tests/helpers/apply';
import { docxWithText } from '@/tests/helpers/resume-documents';
import { applyTo } from '@/tests/helpers/review';
import { startTestSmtpServer, type TestSmtpServer } from '@/tests/helpers/smtp';
import { startWorker, type RunningWorker } from './start-worker';

// The worker drains every due email in its database, so it gets a database of its own: the
// other test files' rows in the shared one are theirs to drain.
const serverUrl = env.DATABASE_URL!;
const name = `portico_worker_it_${randomBytes(4).toString('hex')}`;
const url = withDatabaseName(serverUrl, name);
let smtp: TestSmtpServer;
let worker: RunningWorker | undefined;
let conn: ReturnType<typeof createDb>;

beforeAll(async () => {
  await ensureDatabaseExists(serverUrl, name);
  await runMigrations(url);
  conn = createDb(url, { max: 2 });
  smtp = await startTestSmtpServer();
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await conn?.sql.end();
  await smtp?.close();
  await dropDatabase(serverUrl, name).catch(() => {});
}, 60_000);

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the worker', () => {
  it('creates its pg-boss queues and sends a newly queued email without waiting for the schedule', async () => {
    // A long poll: only the NOTIFY can make this email go out within the test's time.
    worker = await startWorker({ databaseUrl: url, deliver: smtpDeliver({ smtpUrl: smtp.url, from: 'Portico <jobs@example.com>' }), pollMs: 600_000 });
    const key = `worker-test:${randomUUID()}`;
    await conn.db.transaction((tx) =>
      enqueueEmail(tx, { kind: 'worker-test', dedupeKey: key, to: 'linus@example.com', subject: 'Woken by NOTIFY', html: '<p>Hi</p>', text: 'Hi' }),
    );
    await waitFor(() => smtp.messages.some((m) => m.messageId === messageIdFor(key)));
    expect(smtp.messages.filter((m) => m.messageId === messageIdFor(key))).toHaveLength(1);

    // The SMTP server has the message before the worker's "sent" update commits: wait for that too.
    const outboxHealth = () => getOutboxHealth({ id: 'it-admin', role: 'admin' }, conn.db);
    await waitFor(async () => (await outboxHealth())?.counts.sent === 1);
    const health = await outboxHealth();
    expect(health?.queues.map((q) => q.name)).toEqual(expect.arrayContaining(['outbox-drain', 'close-expired-jobs', 'prune-rate-limits', 'send-daily-digests', 'purge-expired-data']));
    expect(health?.counts.sent).toBe(1);
  }, 90_000);

  it('reads a new applicant’s resume within seconds, so the candidate search finds its words', async () => {
    await ensureSettings(conn.db);
    const job = await createTestJob(conn.db);
    const id = await applyTo(conn.db, job.id, { resume: { filename: 'cv.docx', contentType: RESUME_MIME_TYPES.docx, bytes: docxWithText(['Led the Postgres migration']) } });
    const [app] = await conn.db.select({ fileId: applications.resumeFileId }).from(applications).where(eq(applications.id, id));
    await waitFor(async () => (await conn.db.select().from(resumeTexts).where(eq(resumeTexts.fileId, app!.fileId!))).length > 0);
    const [row] = await conn.db.select().from(resumeTexts).where(eq(resumeTexts.fileId, app!.fileId!));
    expect(row).toMatchObject({ status: 'extracted', text: 'Led the Postgres migration', problem: null });
  }, 60_000);
});
