import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, candidates, emailOutbox, files, notes, stageEvents } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb, uniqueEmail, uniquePdf } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createActor, currentQuestionSetId } from '@/tests/helpers/review';
import { purgeExpiredData } from './retention';

const { db, sql } = openTestDb();
// Twenty years back is past any retention period an admin can set (at most ten years), and
// today is inside any (at least 30 days), whatever another test file does to the settings.
const LONG_AGO = new Date(Date.now() - 20 * 365 * 24 * 60 * 60 * 1000);
const QUESTIONS = [
  { key: 'sample', kind: 'file' as const, label: 'Work sample', required: false },
  { key: 'years', kind: 'number' as const, label: 'Years of experience', required: false },
];

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

/** An applicant with a resume, a file answer, a note and a rejection reason; optionally aged. */
async function applicant(jobId: number, options: { email?: string; old: boolean }) {
  const manager = await createActor(db);
  await addToHiringTeam(db, jobId, manager);
  const id = await applyTo(db, jobId, {
    questionSetId: await currentQuestionSetId(db, jobId),
    answers: { years: 7 },
    answerFiles: { sample: { filename: 'sample.pdf', contentType: 'application/pdf', bytes: uniquePdf() } },
    coverLetter: 'I love this job',
    ...(options.email ? { candidate: { email: options.email, firstName: 'Ada', lastName: 'Lovelace', phone: '+15550102030' } } : {}),
  });
  await db.insert(notes).values({ applicationId: id, authorUserId: manager.id, body: 'Strong candidate, lives nearby' });
  const [app] = await db.select({ stageId: applications.stageId, candidateId: applications.candidateId, resumeFileId: applications.resumeFileId, answers: applications.answers }).from(applications).where(eq(applications.id, id));
  await db.insert(stageEvents).values({ applicationId: id, fromStageId: app!.stageId, toStageId: app!.stageId, reason: 'Personal reason text' });
  if (options.old) {
    await db.update(applications).set({ submittedAt: LONG_AGO, updatedAt: LONG_AGO }).where(eq(applications.id, id));
    await db.update(stageEvents).set({ createdAt: LONG_AGO }).where(eq(stageEvents.applicationId, id));
    await db.update(notes).set({ createdAt: LONG_AGO }).where(eq(notes.applicationId, id));
    await db.update(candidates).set({ updatedAt: LONG_AGO }).where(eq(candidates.id, app!.candidateId));
  }
  return { id, candidateId: app!.candidateId, fileIds: [app!.resumeFileId!, app!.answers.sample as number] };
}

const fileCount = async (ids: number[]) => (await db.select({ id: files.id }).from(files).where(inArray(files.id, ids))).length;
const candidateRow = async (id: number) => (await db.select().from(candidates).where(eq(candidates.id, id)))[0]!;
const applicationRow = async (id: number) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!;

describe('purgeExpiredData', () => {
  it('removes an old application’s files, then its candidate’s personal data, and audits ids and counts only', async () => {
    const job = await createTestJob(db, { questions: QUESTIONS });
    const email = uniqueEmail();
    const old = await applicant(job.id, { email, old: true });
    await db.insert(emailOutbox).values({ kind: 'test', dedupeKey: `retention-test:${old.id}`, toAddress: email, subject: 'Hi Ada', html: '<p>Ada</p>', text: 'Ada', messageId: `<r${old.id}@x>` });

    const report = await purgeExpiredData(new Date(), db);
    expect(report.filesPurged.applications).toBeGreaterThanOrEqual(1);
    expect(report.candidatesPurged).toBeGreaterThanOrEqual(1);

    expect(await fileCount(old.fileIds)).toBe(0);
    const app = await applicationRow(old.id);
    expect(app).toMatchObject({ resumeFileId: null, answers: {}, coverLetter: null, statusTokenHash: null, firstName: 'Deleted', lastName: 'candidate', phone: null });
    const person = await candidateRow(old.candidateId);
    expect(person).toMatchObject({ email: `purged-${old.candidateId}@purged.invalid`, firstName: 'Deleted', lastName: 'candidate', phone: null });
    expect(person.personalDataPurgedAt).toBeInstanceOf(Date);
    // The sort and search copies follow the application's names (trigger), so search finds nothing.
    expect(app.searchText).not.toContain('lovelace');
    expect(await db.select().from(notes).where(eq(notes.applicationId, old.id))).toHaveLength(0);
    expect((await db.select({ reason: stageEvents.reason }).from(stageEvents).where(eq(stageEvents.applicationId, old.id)))[0]!.reason).toBeNull();
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).toHaveLength(0);

    const entries = await db.select({ action: auditLog.action, after: auditLog.after }).from(auditLog).where(eq(auditLog.entityType, 'retention'));
    const filesEntry = entries.find((e) => e.action === 'retention.files_purged' && (e.after as { applicationIds: number[] }).applicationIds.includes(old.id));
    const peopleEntry = entries.find((e) => e.action === 'retention.personal_data_purged' && (e.after as { candidateIds: number[] }).candidateIds.includes(old.candidateId));
    expect(filesEntry).toBeDefined();
    expect(peopleEntry).toBeDefined();
    expect(JSON.stringify([filesEntry, peopleEntry])).not.toMatch(/lovelace|Ada|@example\.com/i);
  });

  it('leaves recent applications alone, and keeps a candidate who applied again recently', async () => {
    const [oldJob, newJob] = await Promise.all([createTestJob(db, { questions: QUESTIONS }), createTestJob(db, { questions: QUESTIONS })]);
    const recent = await applicant(newJob.id, { old: false });
    const email = uniqueEmail();
    const oldOfReturning = await applicant(oldJob.id, { email, old: true });
    const newOfReturning = await applicant(newJob.id, { email, old: false });
    // The second application brought the candidate's row up to date; age only the first.
    expect(newOfReturning.candidateId).toBe(oldOfReturning.candidateId);

    await purgeExpiredData(new Date(), db);
    expect(await fileCount(recent.fileIds)).toBe(2);
    expect(await candidateRow(recent.candidateId)).toMatchObject({ personalDataPurgedAt: null });
    expect((await applicationRow(recent.id)).coverLetter).toBe('I love this job');
    // The old application loses its files; the person, with a recent application, stays.
    expect(await fileCount(oldOfReturning.fileIds)).toBe(0);
    expect(await fileCount(newOfReturning.fileIds)).toBe(2);
    expect(await candidateRow(oldOfReturning.candidateId)).toMatchObject({ email, personalDataPurgedAt: null, firstName: 'Ada' });
  });

  it('is idempotent: a second run purges and audits nothing more for the same rows', async () => {
    const job = await createTestJob(db, { questions: QUESTIONS });
    const old = await applicant(job.id, { old: true });
    await purgeExpiredData(new Date(), db);
    const purgedAt = (await candidateRow(old.candidateId)).personalDataPurgedAt;
    const mentions = (rows: { after: unknown }[]) => rows.filter((r) => JSON.stringify(r.after).includes(`${old.id}`)).length;
    const before = mentions(await db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.entityType, 'retention')));
    expect(before).toBeGreaterThan(0);
    await purgeExpiredData(new Date(), db);
    expect((await candidateRow(old.candidateId)).personalDataPurgedAt).toEqual(purgedAt);
    const after = mentions(await db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.entityType, 'retention')));
    expect(after).toBe(before);
  });
});
