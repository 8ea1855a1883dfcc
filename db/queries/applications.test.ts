import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { applications, candidates, files, questionSets, stages } from '@/db/schema';
import type { FileStorage } from '@/lib/storage/types';
import { REFERENCE_PATTERN } from '@/lib/domain/application-reference';
import {
  applicationInput,
  applicationsFor,
  createTestJob,
  ensureSettings,
  openTestDb,
  rowCounts,
  sha256,
  uniquePdf,
} from '@/tests/helpers/apply';
import { STORAGE_KINDS, startLocalS3, storageOf } from '@/tests/helpers/s3';
import { createApplication, getApplicationConfirmation, RESUBMIT_WINDOW } from './applications';
import { setDbObserver } from '@/db/instrumented-sql';
import { addToHiringTeam, createActor } from '@/tests/helpers/review';

const { db, sql } = openTestDb();
const s3 = await startLocalS3();

const input = applicationInput;

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await s3.stop();
  await sql.end();
});

// Every driver behind lib/storage must keep the same promises.
describe.each(STORAGE_KINDS)('createApplication (%s storage)', (kind) => {
  const storage = storageOf(kind, db, s3);

  it('writes the candidate, the resume and the application together', async () => {
    const job = await createTestJob(db);
    const [set] = await db.select({ id: questionSets.id }).from(questionSets).where(eq(questionSets.jobId, job.id));
    const data = input(job.id, {
      questionSetId: set?.id ?? null,
      candidate: { email: '  Ada.Mixed@Example.COM ', firstName: 'Ada', lastName: 'Lovelace', linkedinUrl: 'https://www.linkedin.com/in/ada' },
      answers: { 'work-authorization': true, languages: ['TypeScript', 'Go'] },
      answerFiles: { portfolio: { filename: 'work.pdf', contentType: 'application/pdf', bytes: uniquePdf() } },
      coverLetter: 'Hello',
      source: 'linkedin',
      utm: { utm_source: 'newsletter' },
    });

    const result = await createApplication(data, { storage, db, appUrl: env.APP_URL });
    expect(result).toMatchObject({ ok: true, duplicateSubmission: false });
    if (!result.ok) throw new Error('unreachable');
    expect(result.reference).toMatch(REFERENCE_PATTERN);

    const [row] = await db
      .select({
        stageKind: stages.kind,
        candidateEmail: candidates.email,
        questionSetId: applications.questionSetId,
        resumeFileId: applications.resumeFileId,
        answers: applications.answers,
        coverLetter: applications.coverLetter,
        source: applications.source,
        utm: applications.utm,
        consentText: applications.consentText,
        consentedAt: applications.consentedAt,
        submissionToken: applications.submissionToken,
      })
      .from(applications)
      .innerJoin(stages, eq(stages.id, applications.stageId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(eq(applications.reference, result.reference));
    expect(row).toMatchObject({
      stageKind: 'applied',
      candidateEmail: 'ada.mixed@example.com',
      questionSetId: set?.id,
      coverLetter: 'Hello',
      source: 'linkedin',
      utm: { utm_source: 'newsletter' },
      submissionToken: data.submissionToken,
    });
    expect(row?.consentText.length).toBeGreaterThan(0);
    expect(row?.consentedAt).toBeInstanceOf(Date);
    expect(row?.answers).toMatchObject({ 'work-authorization': true, languages: ['TypeScript', 'Go'] });
    expect(typeof row?.answers.portfolio).toBe('number');

    const [file] = await db
      .select({ sha256: files.sha256, sizeBytes: files.sizeBytes, bytes: files.bytes, contentType: files.contentType })
      .from(files)
      .where(eq(files.id, row?.resumeFileId ?? -1));
    expect(file).toMatchObject({ sha256: sha256(data.resume.bytes), sizeBytes: data.resume.bytes.byteLength, contentType: 'application/pdf' });
    // PostgreSQL keeps the bytes in the row; S3 in the object the row names.
    expect(file?.bytes === null).toBe(kind === 's3');
    const stored = await storage.get(row?.resumeFileId ?? -1);
    expect(stored?.filename).toBe('cv.pdf');
    expect(Buffer.compare(stored?.bytes ?? Buffer.alloc(0), Buffer.from(data.resume.bytes))).toBe(0);

    expect(await getApplicationConfirmation(result.reference, db)).toEqual({
      reference: result.reference,
      jobTitle: 'Integration Test Engineer',
      jobSlug: job.slug,
      submittedAt: expect.any(Date),
    });
  });

  it('refuses a second application with the same email (other case and spacing) and writes nothing', async () => {
    const job = await createTestJob(db);
    const first = input(job.id);
    expect((await createApplication(first, { storage, db, appUrl: env.APP_URL })).ok).toBe(true);

    const email = first.candidate.email;
    const second = input(job.id, { candidate: { email: `  ${email.toUpperCase()}  `, firstName: 'Changed', lastName: 'Name' } });
    const before = await rowCounts(db, { jobId: job.id, email, bytes: second.resume.bytes });
    expect(await createApplication(second, { storage, db, appUrl: env.APP_URL })).toEqual({ ok: false, reason: 'duplicate' });
    expect(await rowCounts(db, { jobId: job.id, email, bytes: second.resume.bytes })).toEqual(before);
    const [person] = await db.select({ firstName: candidates.firstName }).from(candidates).where(eq(candidates.email, email));
    expect(person?.firstName).toBe('Ada');
  });

  it('keeps one candidate per email across jobs, and each application the details it was sent with', async () => {
    const [jobA, jobB] = [await createTestJob(db), await createTestJob(db)];
    const first = input(jobA.id);
    const email = first.candidate.email;
    const a = await createApplication(first, { storage, db, appUrl: env.APP_URL });
    // Anyone can type someone's address: a later application must not rename the earlier one.
    const second = input(jobB.id, { candidate: { email: email.toUpperCase(), firstName: 'Mallory', lastName: 'Forger' } });
    const b = await createApplication(second, { storage, db, appUrl: env.APP_URL });
    if (!a.ok || !b.ok) throw new Error('setup failed');
    const people = await db
      .select({ firstName: candidates.firstName, lastName: candidates.lastName, phone: candidates.phone })
      .from(candidates)
      .where(eq(candidates.email, email));
    // The candidate row holds the latest details; an optional one left out this time is kept.
    expect(people).toEqual([{ firstName: 'Mallory', lastName: 'Forger', phone: '+15550102030' }]);
    const snapshot = (reference: string) =>
      db
        .select({ firstName: applications.firstName, lastName: applications.lastName, phone: applications.phone, sortName: applications.sortName })
        .from(applications)
        .where(eq(applications.reference, reference));
    expect(await snapshot(a.reference)).toEqual([{ firstName: 'Ada', lastName: 'Lovelace', phone: '+15550102030', sortName: 'lovelace ada' }]);
    expect(await snapshot(b.reference)).toEqual([{ firstName: 'Mallory', lastName: 'Forger', phone: null, sortName: 'forger mallory' }]);
  });

  it.each([
    ['a closed job', { status: 'closed' as const }, 'job-closed'],
    ['a draft job', { status: 'draft' as const }, 'job-closed'],
    ['an archived job', { status: 'archived' as const }, 'job-closed'],
    ['a job past its closing date', { closesAt: new Date(Date.now() - DAY) }, 'job-closed'],
  ])('refuses %s and writes nothing', async (_name, overrides, reason) => {
    const job = await createTestJob(db, overrides);
    const data = input(job.id);
    expect(await createApplication(data, { storage, db, appUrl: env.APP_URL })).toEqual({ ok: false, reason });
    expect(await rowCounts(db, { jobId: job.id, email: data.candidate.email, bytes: data.resume.bytes })).toEqual({
      applications: 0,
      candidates: 0,
      files: 0,
    });
  });

  it('accepts a job whose closing date is still ahead', async () => {
    const job = await createTestJob(db, { closesAt: new Date(Date.now() + DAY) });
    expect((await createApplication(input(job.id), { storage, db, appUrl: env.APP_URL })).ok).toBe(true);
  });

  it('refuses a missing job and writes nothing', async () => {
    const data = input(2_000_000_000);
    expect(await createApplication(data, { storage, db, appUrl: env.APP_URL })).toEqual({ ok: false, reason: 'job-missing' });
    expect(await rowCounts(db, { jobId: data.jobId, email: data.candidate.email, bytes: data.resume.bytes })).toEqual({
      applications: 0,
      candidates: 0,
      files: 0,
    });
  });

  it('answers a resubmission of the same form (same token) with the first reference and one row', async () => {
    const job = await createTestJob(db);
    const data = input(job.id);
    const first = await createApplication(data, { storage, db, appUrl: env.APP_URL });
    const again = await createApplication({ ...data, resume: { ...data.resume, bytes: uniquePdf() } }, { storage, db, appUrl: env.APP_URL });
    expect(first).toMatchObject({ ok: true, duplicateSubmission: false });
    expect(again).toEqual({ ok: true, reference: first.ok ? first.reference : '', duplicateSubmission: true });
    expect(await applicationsFor(db, job.id, data.candidate.email)).toHaveLength(1);
    expect((await rowCounts(db, { jobId: job.id, email: data.candidate.email, bytes: data.resume.bytes })).files).toBe(1);
  });

  it('answers a post without a token that repeats a recent application word for word with its reference', async () => {
    const job = await createTestJob(db);
    const data = input(job.id, { submissionToken: null, coverLetter: 'Hello', answers: { languages: ['Go'] } });
    const first = await createApplication(data, { storage, db, appUrl: env.APP_URL });
    const again = await createApplication({ ...data, candidate: { ...data.candidate, email: data.candidate.email.toUpperCase() } }, { storage, db, appUrl: env.APP_URL });
    expect(first).toMatchObject({ ok: true, duplicateSubmission: false });
    expect(again).toEqual({ ok: true, reference: first.ok ? first.reference : '', duplicateSubmission: true });
    expect(await applicationsFor(db, job.id, data.candidate.email)).toHaveLength(1);
    expect((await rowCounts(db, { jobId: job.id, email: data.candidate.email, bytes: data.resume.bytes })).files).toBe(1);
  });

  it('refuses a post without a token that differs from the earlier application, or comes after the window', async () => {
    const job = await createTestJob(db);
    const data = input(job.id, { submissionToken: null });
    expect((await createApplication(data, { storage, db, appUrl: env.APP_URL })).ok).toBe(true);
    const edited = { ...data, coverLetter: 'Another letter' };
    expect(await createApplication(edited, { storage, db, appUrl: env.APP_URL })).toEqual({ ok: false, reason: 'duplicate' });
    const otherFile = { ...data, resume: { ...data.resume, bytes: uniquePdf() } };
    expect(await createApplication(otherFile, { storage, db, appUrl: env.APP_URL })).toEqual({ ok: false, reason: 'duplicate' });
    // The same content with a token is another form, not a resend of this one.
    expect(await createApplication({ ...data, submissionToken: crypto.randomUUID() }, { storage, db, appUrl: env.APP_URL })).toEqual({ ok: false, reason: 'duplicate' });

    await sql`update applications set submitted_at = now() - ${RESUBMIT_WINDOW}::interval - interval '1 second' where job_id = ${job.id}`;
    expect(await createApplication(data, { storage, db, appUrl: env.APP_URL })).toEqual({ ok: false, reason: 'duplicate' });
    expect(await applicationsFor(db, job.id, data.candidate.email)).toHaveLength(1);
  });

  it('refuses a used form token sent again with another email', async () => {
    const job = await createTestJob(db);
    const data = input(job.id);
    await createApplication(data, { storage, db, appUrl: env.APP_URL });
    const other = input(job.id, { submissionToken: data.submissionToken });
    expect(await createApplication(other, { storage, db, appUrl: env.APP_URL })).toEqual({ ok: false, reason: 'form-reused' });
    expect(await rowCounts(db, { jobId: job.id, email: other.candidate.email, bytes: other.resume.bytes })).toMatchObject({
      applications: 1,
      candidates: 0,
      files: 0,
    });
  });

  it('rolls back the candidate and resume when a later write fails', async () => {
    const job = await createTestJob(db);
    let puts = 0;
    // The second file's row fails (files are recorded inside the application's transaction).
    const failing: FileStorage = {
      ...storage,
      async record(file, tx) {
        puts += 1;
        if (puts === 2) throw new Error('disk full');
        return storage.record(file, tx);
      },
    };
    const data = input(job.id, { answerFiles: { portfolio: { filename: 'p.pdf', contentType: 'application/pdf', bytes: uniquePdf() } } });
    await expect(createApplication(data, { storage: failing, db, appUrl: env.APP_URL })).rejects.toThrow('disk full');
    expect(await rowCounts(db, { jobId: job.id, email: data.candidate.email, bytes: data.resume.bytes })).toEqual({
      applications: 0,
      candidates: 0,
      files: 0,
    });
  });

  it('is backed by the database: a second (job, candidate) row is rejected by the unique index', async () => {
    const job = await createTestJob(db);
    const data = input(job.id);
    const result = await createApplication(data, { storage, db, appUrl: env.APP_URL });
    if (!result.ok) throw new Error('setup failed');
    const [existing] = await db
      .select({ candidateId: applications.candidateId, stageId: applications.stageId })
      .from(applications)
      .where(eq(applications.reference, result.reference));
    const direct = db.insert(applications).values({
      reference: `APP-TEST${Math.floor(Math.random() * 1e4)}`,
      jobId: job.id,
      candidateId: existing?.candidateId ?? -1,
      firstName: 'Ada',
      lastName: 'Lovelace',
      stageId: existing?.stageId ?? -1,
      consentText: 'x',
      consentedAt: new Date(),
    });
    await expect(direct).rejects.toMatchObject({
      cause: expect.objectContaining({ code: '23505', constraint_name: 'applications_job_candidate_unique' }),
    });
  });
});

// Every statement is a round trip inside the transaction while other applications to the job
// wait on its counters: the reads an application needs come with the job row, in one statement.
describe('createApplication round trips', () => {
  const storage = storageOf('postgres', db, s3);

  /** The statements `run` sends, as the observer of db/instrumented-sql.ts sees them. */
  async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
    const texts: string[] = [];
    setDbObserver({
      observe: (work, next) => {
        if (work.kind === 'query') texts.push(work.text);
        return next();
      },
    });
    try {
      await run();
    } finally {
      setDbObserver(undefined);
    }
    return texts;
  }

  it('reads the job, the earlier posts and the team to notify in one statement, then writes four', async () => {
    const job = await createTestJob(db);
    const manager = await createActor(db);
    await addToHiringTeam(db, job.id, manager);
    const data = input(job.id);
    let result: Awaited<ReturnType<typeof createApplication>> | undefined;
    const statements = await statementsOf(async () => {
      result = await createApplication(data, { storage, db, appUrl: env.APP_URL });
    });
    expect(result).toMatchObject({ ok: true, duplicateSubmission: false });
    // The job read (with the earlier posts and the team), the candidate, the resume, the emails, the application.
    expect(statements).toHaveLength(5);
    expect(statements[0]).toMatch(/^select .* from "jobs" .* for share of "jobs"$/s);
    // The manager's email was queued from that read.
    const [queued] = await sql<{ count: number }[]>`select count(*)::int as count from email_outbox where dedupe_key like ${`new-application:%:${manager.id}`}`;
    expect(queued?.count).toBe(1);
  });

  it('answers a post sent again from that one read, writing nothing', async () => {
    const job = await createTestJob(db);
    for (const data of [input(job.id), input(job.id, { submissionToken: null })]) {
      const first = await createApplication(data, { storage, db, appUrl: env.APP_URL });
      let again: Awaited<ReturnType<typeof createApplication>> | undefined;
      const statements = await statementsOf(async () => {
        again = await createApplication(data, { storage, db, appUrl: env.APP_URL });
      });
      expect(again).toEqual({ ok: true, reference: first.ok ? first.reference : '', duplicateSubmission: true });
      expect(statements).toHaveLength(1);
    }
  });
});

describe('getApplicationConfirmation', () => {
  it('returns null for an unknown reference', async () => {
    expect(await getApplicationConfirmation('APP-ZZZZZZZZ', db)).toBeNull();
  });
});
