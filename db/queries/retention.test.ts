import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, candidates, candidateTags, emailOutbox, files, interviewKinds, interviewPlans, interviews, notes, scorecards, stageEvents } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb, uniqueEmail, uniquePdf } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createActor, currentQuestionSetId } from '@/tests/helpers/review';
import { STORAGE_KINDS, startLocalS3, storageOf, type StorageKind } from '@/tests/helpers/s3';
import type { FileStorage } from '@/lib/storage/types';
import { enqueueEmail } from '@/lib/mail/outbox';
import { purgeExpiredData } from './retention';

const { db, sql } = openTestDb();
const s3 = await startLocalS3();
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
  await s3.stop();
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

/** An applicant with a resume, a file answer, a note and a rejection reason; optionally aged. */
async function applicant(storage: FileStorage, jobId: number, options: { email?: string; old: boolean }) {
  const manager = await createActor(db);
  await addToHiringTeam(db, jobId, manager);
  const id = await applyTo(db, jobId, {
    questionSetId: await currentQuestionSetId(db, jobId),
    answers: { years: 7 },
    answerFiles: { sample: { filename: 'sample.pdf', contentType: 'application/pdf', bytes: uniquePdf() } },
    coverLetter: 'I love this job',
    ...(options.email ? { candidate: { email: options.email, firstName: 'Ada', lastName: 'Lovelace', phone: '+15550102030' } } : {}),
  }, storage);
  await db.insert(notes).values({ applicationId: id, authorUserId: manager.id, body: 'Strong candidate, lives nearby' });
  const [app] = await db.select({ stageId: applications.stageId, candidateId: applications.candidateId, resumeFileId: applications.resumeFileId, answers: applications.answers }).from(applications).where(eq(applications.id, id));
  await db.insert(stageEvents).values({ applicationId: id, fromStageId: app!.stageId, toStageId: app!.stageId, reason: 'Personal reason text' });
  const [plan] = await db.insert(interviewPlans).values({ jobId, version: 1 }).onConflictDoNothing().returning({ id: interviewPlans.id });
  const planId = plan?.id ?? (await db.select({ id: interviewPlans.id }).from(interviewPlans).where(eq(interviewPlans.jobId, jobId)))[0]!.id;
  const [kind] = await db.insert(interviewKinds).values({ planId, key: `k${id}`, position: id, name: 'Technical' }).returning({ id: interviewKinds.id });
  const [interview] = await db
    .insert(interviews)
    .values({ applicationId: id, interviewKindId: kind!.id, uid: `retention-${id}@test`, status: 'scheduled', startsAt: LONG_AGO, durationMinutes: 60, interviewerNotes: 'Ask about her move to Leeds' })
    .returning({ id: interviews.id });
  await db.insert(scorecards).values({ interviewId: interview!.id, applicationId: id, userId: manager.id, recommendation: 'yes', notes: 'Mentioned her children' });
  if (options.old) {
    await db.update(applications).set({ submittedAt: LONG_AGO, updatedAt: LONG_AGO }).where(eq(applications.id, id));
    await db.update(stageEvents).set({ createdAt: LONG_AGO }).where(eq(stageEvents.applicationId, id));
    await db.update(notes).set({ createdAt: LONG_AGO }).where(eq(notes.applicationId, id));
    await db.update(candidates).set({ updatedAt: LONG_AGO }).where(eq(candidates.id, app!.candidateId));
  }
  return { id, candidateId: app!.candidateId, fileIds: [app!.resumeFileId!, app!.answers.sample as number] };
}

const fileCount = async (ids: number[]) => (await db.select({ id: files.id }).from(files).where(inArray(files.id, ids))).length;
/** The object keys of those files (none with the PostgreSQL driver). */
const objectKeys = async (ids: number[]) =>
  (await db.select({ key: files.storageKey }).from(files).where(inArray(files.id, ids))).flatMap((row) => (row.key ? [row.key] : []));
/** How many of those keys the bucket still holds. */
const objectsLeft = async (keys: string[]) => {
  const inBucket = new Set(await s3.keys());
  return keys.filter((key) => inBucket.has(key)).length;
};
const candidateRow = async (id: number) => (await db.select().from(candidates).where(eq(candidates.id, id)))[0]!;
const applicationRow = async (id: number) => (await db.select().from(applications).where(eq(applications.id, id)))[0]!;

describe.each(STORAGE_KINDS)('purgeExpiredData (%s storage)', (kind: StorageKind) => {
  const storage = storageOf(kind, db, s3);

  it('removes an old application’s files, then its candidate’s personal data, and audits ids and counts only', async () => {
    const job = await createTestJob(db, { questions: QUESTIONS });
    const email = uniqueEmail();
    const old = await applicant(storage, job.id, { email, old: true });
    await db.insert(emailOutbox).values({ kind: 'test', dedupeKey: `retention-test:${old.id}`, toAddress: email, subject: 'Hi Ada', html: '<p>Ada</p>', text: 'Ada', messageId: `<r${old.id}@x>` });
    // Issue 10 items 4 and 6: the team's email naming the candidate goes too, found by its link.
    const staffKey = `new-application:${old.id}:retention-${uniqueEmail()}`;
    await db.insert(candidateTags).values({ candidateId: old.candidateId, tag: 'moving to leeds' });
    await enqueueEmail(db, { kind: 'new-application', dedupeKey: staffKey, to: uniqueEmail(), subject: 'Ada Lovelace applied', html: '<p>Ada</p>', text: 'Ada', about: { applicationIds: [old.id], audience: 'staff' } });

    const keys = await objectKeys(old.fileIds);
    expect(keys).toHaveLength(kind === 's3' ? 2 : 0);
    expect(await objectsLeft(keys)).toBe(keys.length);

    const report = await purgeExpiredData(new Date(), db, storage);
    expect(report.filesPurged.applications).toBeGreaterThanOrEqual(1);
    expect(report.candidatesPurged).toBeGreaterThanOrEqual(1);

    expect(await fileCount(old.fileIds)).toBe(0);
    expect(await objectsLeft(keys)).toBe(0);
    const app = await applicationRow(old.id);
    expect(app).toMatchObject({ resumeFileId: null, answers: {}, coverLetter: null, statusTokenHash: null, firstName: 'Deleted', lastName: 'candidate', phone: null });
    const person = await candidateRow(old.candidateId);
    expect(person).toMatchObject({ email: `purged-${old.candidateId}@purged.invalid`, firstName: 'Deleted', lastName: 'candidate', phone: null });
    expect(person.personalDataPurgedAt).toBeInstanceOf(Date);
    // The sort and search copies follow the application's names (trigger), so search finds nothing.
    expect(app.searchText).not.toContain('lovelace');
    expect(await db.select().from(notes).where(eq(notes.applicationId, old.id))).toHaveLength(0);
    expect(await db.select().from(candidateTags).where(eq(candidateTags.candidateId, old.candidateId))).toHaveLength(0);
    expect((await db.select({ reason: stageEvents.reason }).from(stageEvents).where(eq(stageEvents.applicationId, old.id)))[0]!.reason).toBeNull();
    expect(await db.select({ notes: scorecards.notes, recommendation: scorecards.recommendation }).from(scorecards).where(eq(scorecards.applicationId, old.id))).toEqual([{ notes: '', recommendation: 'yes' }]);
    expect(await db.select({ notes: interviews.interviewerNotes }).from(interviews).where(eq(interviews.applicationId, old.id))).toEqual([{ notes: null }]);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).toHaveLength(0);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, staffKey))).toHaveLength(0);

    const entries = await db.select({ action: auditLog.action, after: auditLog.after }).from(auditLog).where(eq(auditLog.entityType, 'retention'));
    const filesEntry = entries.find((e) => e.action === 'retention.files_purged' && (e.after as { applicationIds: number[] }).applicationIds.includes(old.id));
    const peopleEntry = entries.find((e) => e.action === 'retention.personal_data_purged' && (e.after as { candidateIds: number[] }).candidateIds.includes(old.candidateId));
    expect(filesEntry).toBeDefined();
    expect(peopleEntry).toBeDefined();
    expect(JSON.stringify([filesEntry, peopleEntry])).not.toMatch(/lovelace|Ada|@example\.com/i);
  });

  it('leaves recent applications alone, and keeps a candidate who applied again recently', async () => {
    const [oldJob, newJob] = await Promise.all([createTestJob(db, { questions: QUESTIONS }), createTestJob(db, { questions: QUESTIONS })]);
    const recent = await applicant(storage, newJob.id, { old: false });
    const email = uniqueEmail();
    const oldOfReturning = await applicant(storage, oldJob.id, { email, old: true });
    const newOfReturning = await applicant(storage, newJob.id, { email, old: false });
    // The second application brought the candidate's row up to date; age only the first.
    expect(newOfReturning.candidateId).toBe(oldOfReturning.candidateId);

    const recentKeys = await objectKeys([...recent.fileIds, ...newOfReturning.fileIds]);
    const oldKeys = await objectKeys(oldOfReturning.fileIds);
    await purgeExpiredData(new Date(), db, storage);
    expect(await objectsLeft(recentKeys)).toBe(recentKeys.length);
    expect(await objectsLeft(oldKeys)).toBe(0);
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
    const old = await applicant(storage, job.id, { old: true });
    await purgeExpiredData(new Date(), db, storage);
    const purgedAt = (await candidateRow(old.candidateId)).personalDataPurgedAt;
    const mentions = (rows: { after: unknown }[]) => rows.filter((r) => JSON.stringify(r.after).includes(`${old.id}`)).length;
    const before = mentions(await db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.entityType, 'retention')));
    expect(before).toBeGreaterThan(0);
    await purgeExpiredData(new Date(), db, storage);
    expect((await candidateRow(old.candidateId)).personalDataPurgedAt).toEqual(purgedAt);
    const after = mentions(await db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.entityType, 'retention')));
    expect(after).toBe(before);
  });
});
