import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { storageFor } from '@/lib/storage';
import { applications, auditLog, candidates, emailOutbox, files } from '@/db/schema';
import { confirmationDedupeKey } from '@/db/queries/applications';
import { hashStatusToken, isWellFormedStatusToken } from '@/lib/applications/status-token';
import { smtpDeliver } from '@/lib/mail/deliver';
import { drainOutbox } from '@/lib/mail/drain-outbox';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { applicationInput, createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { startTestSmtpServer, type TestSmtpServer } from '@/tests/helpers/smtp';
import { deleteApplicationData, getApplicationStatus, withdrawApplication } from './application-status';
import { getApplicantDetail } from './applicant-detail';
import { createApplication } from './applications';

const { db, sql } = openTestDb();
const storage = createPostgresStorage(db);
let smtp: TestSmtpServer;

beforeAll(async () => {
  await ensureSettings(db);
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await sql.end();
});

/** Applies, drains the confirmation to the SMTP server and returns the token from the link it carries. */
async function applyAndReadEmail() {
  const job = await createTestJob(db, { title: 'Status Page Engineer' });
  const input = applicationInput(job.id);
  const result = await createApplication(input, { storage, db, appUrl: env.APP_URL });
  if (!result.ok) throw new Error('apply failed');
  const [app] = await db.select({ id: applications.id, hash: applications.statusTokenHash }).from(applications).where(eq(applications.reference, result.reference));
  if (!app) throw new Error('no application');
  const key = confirmationDedupeKey(app.id);
  await drainOutbox(db, smtpDeliver({ smtpUrl: smtp.url, from: 'Portico <jobs@example.com>' }), { onlyDedupeKeys: [key] });
  const message = smtp.messages.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === input.candidate.email);
  const link = /https?:\/\/\S+\/applications\/status\/([A-Za-z0-9_-]+)/.exec(message?.text ?? '');
  return { job, input, app, key, message, token: link?.[1] ?? '', reference: result.reference };
}

describe('the confirmation email', () => {
  it('reaches the candidate with a status link whose token matches the stored hash', async () => {
    const { input, app, message, token, reference } = await applyAndReadEmail();
    expect(message).toBeDefined();
    expect(message?.subject).toBe('We received your application for Status Page Engineer');
    expect(message?.text).toContain(reference);
    expect(message?.text).toContain('Test Co');
    expect(message?.html).toContain(`/applications/status/${token}`);
    expect(isWellFormedStatusToken(token)).toBe(true);
    expect(app.hash).toBe(hashStatusToken(token));
    // Only the hash is stored: the token itself appears nowhere in the application row.
    const [row] = await db.select().from(applications).where(eq(applications.id, app.id));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(message?.to).toMatchObject({ value: [{ address: input.candidate.email }] });
  });

  it('is queued in the application’s transaction: a refused application queues nothing', async () => {
    const job = await createTestJob(db, { status: 'closed' });
    const input = applicationInput(job.id);
    expect(await createApplication(input, { storage, db, appUrl: env.APP_URL })).toEqual({ ok: false, reason: 'job-closed' });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, input.candidate.email))).toHaveLength(0);
  });
});

describe('getApplicationStatus', () => {
  it('finds the application by its token and nothing by another', async () => {
    const { token, reference } = await applyAndReadEmail();
    expect(await getApplicationStatus(hashStatusToken(token), db)).toMatchObject({ reference, jobTitle: 'Status Page Engineer', stageKind: 'applied', withdrawnAt: null });
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await getApplicationStatus(hashStatusToken(wrong), db)).toBeNull();
  });
});

describe('withdrawApplication', () => {
  it('marks it withdrawn once, audited as the candidate', async () => {
    const { token, app } = await applyAndReadEmail();
    expect(await withdrawApplication(hashStatusToken(token), db)).toBe('withdrawn');
    expect(await withdrawApplication(hashStatusToken(token), db)).toBe('already-withdrawn');
    expect((await getApplicationStatus(hashStatusToken(token), db))?.withdrawnAt).toBeInstanceOf(Date);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, String(app.id)));
    expect(audits.filter((a) => a.action === 'application.withdrawn' && a.entityType === 'application')).toHaveLength(1);
    expect(await withdrawApplication(hashStatusToken('x'.repeat(43)), db)).toBe('not-found');
    // The hiring team sees it on the applicant page.
    const detail = await getApplicantDetail({ id: 'it-admin', role: 'admin' }, app.id, db);
    expect(detail?.withdrawnAt).toBeInstanceOf(Date);
  });
});

describe('deleteApplicationData', () => {
  it('removes the application, its files, its emails and the candidate, keeping an audit entry without personal data', async () => {
    const { token, app, input, key } = await applyAndReadEmail();
    const [before] = await db.select({ resumeFileId: applications.resumeFileId, candidateId: applications.candidateId }).from(applications).where(eq(applications.id, app.id));
    expect(await deleteApplicationData(hashStatusToken(token), db, storageFor(db))).toBe('deleted');
    expect(await db.select().from(applications).where(eq(applications.id, app.id))).toHaveLength(0);
    expect(await db.select().from(files).where(inArray(files.id, [before!.resumeFileId!]))).toHaveLength(0);
    expect(await db.select().from(candidates).where(eq(candidates.id, before!.candidateId))).toHaveLength(0);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key))).toHaveLength(0);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'application.deleted_by_candidate')).orderBy(auditLog.id).limit(1000).then((rows) => rows.filter((r) => r.entityId === String(app.id)));
    expect(audit).toBeDefined();
    const recorded = JSON.stringify([audit?.before, audit?.after]);
    expect(recorded).not.toContain(input.candidate.email);
    expect(recorded).not.toContain('Lovelace');
    expect(await getApplicationStatus(hashStatusToken(token), db)).toBeNull();
    expect(await deleteApplicationData(hashStatusToken(token), db, storageFor(db))).toBe('not-found');
  });

  it('keeps the candidate who has another application', async () => {
    const first = await applyAndReadEmail();
    const otherJob = await createTestJob(db);
    const second = await createApplication(applicationInput(otherJob.id, { candidate: first.input.candidate }), { storage, db, appUrl: env.APP_URL });
    expect(second.ok).toBe(true);
    expect(await deleteApplicationData(hashStatusToken(first.token), db, storageFor(db))).toBe('deleted');
    expect(await db.select().from(candidates).where(eq(candidates.email, first.input.candidate.email))).toHaveLength(1);
  });
});
