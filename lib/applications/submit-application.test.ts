import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '@/db/schema';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { MAX_RESUME_BYTES } from '@/lib/validations/resume-file';
import {
  applicationFormData,
  applicationsFor,
  createTestJob,
  ensureSettings,
  fixtureBytes,
  openTestDb,
  rowCounts,
  uniquePdf,
} from '@/tests/helpers/apply';
import { MESSAGES, submitApplication } from './submit-application';

const { db, sql } = openTestDb();
const deps = { db, storage: createPostgresStorage(db) };
const DAY = 24 * 60 * 60 * 1000;

const QUESTIONS = [
  { key: 'work-authorization', kind: 'yes_no' as const, label: 'Are you authorised to work here?', required: true },
  { key: 'languages', kind: 'multiple_choice' as const, label: 'Languages', required: false, options: ['TypeScript', 'Go', 'Rust'] },
  { key: 'years', kind: 'number' as const, label: 'Years of experience', required: true },
  { key: 'portfolio', kind: 'file' as const, label: 'Work sample', required: false },
];

/** What a refused post left in the database: nothing, or exactly what was there before. */
async function expectNothingWritten(jobId: number, formData: FormData) {
  const email = String(formData.get('email') ?? '');
  const resume = formData.get('resume');
  const bytes = resume instanceof File ? new Uint8Array(await resume.arrayBuffer()) : new Uint8Array();
  expect(await rowCounts(db, { jobId, email, bytes })).toEqual({ applications: 0, candidates: 0, files: 0 });
}

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
});

describe('submitApplication', () => {
  it('stores a valid application with its custom answers and returns the reference', async () => {
    const job = await createTestJob(db, { questions: QUESTIONS });
    const formData = applicationFormData({
      email: '  Grace.Hopper@Example.com ',
      phone: '+1 (555) 010-2030',
      'q_work-authorization': 'yes',
      q_languages: ['TypeScript', 'Rust'],
      q_years: '7.5',
      q_portfolio: new File([uniquePdf()], 'sample.pdf', { type: 'application/pdf' }),
    });
    const result = await submitApplication(job.slug, formData, deps);
    expect(result.state).toEqual({ status: 'success', message: MESSAGES.received });
    expect(result.reference).toMatch(/^APP-/);

    const [row] = await db
      .select({ answers: applications.answers, resumeFileId: applications.resumeFileId })
      .from(applications)
      .where(eq(applications.reference, result.reference ?? ''));
    expect(row?.answers).toMatchObject({ 'work-authorization': true, languages: ['TypeScript', 'Rust'], years: 7.5 });
    expect(typeof row?.answers.portfolio).toBe('number');
    const resume = await deps.storage.get(row?.resumeFileId ?? -1);
    expect(resume).toMatchObject({ filename: 'Ada Lovelace CV.pdf', contentType: 'application/pdf' });
    expect(await applicationsFor(db, job.id, 'grace.hopper@example.com')).toHaveLength(1);
  });

  it('returns every field error at once and writes nothing', async () => {
    const job = await createTestJob(db, { questions: QUESTIONS });
    const formData = applicationFormData({ firstName: ' ', email: 'not-an-email', consent: null, phone: '12', q_years: 'lots' });
    const result = await submitApplication(job.slug, formData, deps);
    expect(result.state).toMatchObject({
      status: 'error',
      message: MESSAGES.invalid,
      fieldErrors: {
        firstName: ['Enter your first name'],
        email: ["That doesn't look like an email address"],
        phone: ['A phone number has between 7 and 20 digits'],
        consent: ['Please agree to the privacy notice to apply'],
        'q_work-authorization': ['Choose yes or no'],
        q_years: ['Enter a number, for example 5 or 2.5'],
      },
    });
    // Typed text comes back so the form can be refilled; the file and the token never do.
    expect(result.values).toMatchObject({ email: 'not-an-email', q_years: 'lots', lastName: 'Lovelace' });
    expect(result.values).not.toHaveProperty('resume');
    expect(result.values).not.toHaveProperty('submissionToken');
    await expectNothingWritten(job.id, formData);
  });

  it('refuses a renamed executable by its bytes and writes nothing', async () => {
    const job = await createTestJob(db);
    const formData = applicationFormData({
      resume: new File([fixtureBytes('executable-renamed.pdf')], 'resume.pdf', { type: 'application/pdf' }),
    });
    const result = await submitApplication(job.slug, formData, deps);
    expect(result.state).toMatchObject({ status: 'error', fieldErrors: { resume: ["This file isn't a real PDF, DOC or DOCX document"] } });
    await expectNothingWritten(job.id, formData);
  });

  it('refuses a custom file answer that is not a document', async () => {
    const job = await createTestJob(db, { questions: QUESTIONS });
    const formData = applicationFormData({
      'q_work-authorization': 'no',
      q_years: '2',
      q_portfolio: new File(['just text'], 'sample.pdf', { type: 'application/pdf' }),
    });
    const result = await submitApplication(job.slug, formData, deps);
    expect(result.state).toMatchObject({ status: 'error', fieldErrors: { q_portfolio: ["This file isn't a real PDF, DOC or DOCX document"] } });
    await expectNothingWritten(job.id, formData);
  });

  it('refuses an oversized resume with a field error', async () => {
    const job = await createTestJob(db);
    const big = new Uint8Array(MAX_RESUME_BYTES + 1);
    big.set(uniquePdf());
    const formData = applicationFormData({ resume: new File([big], 'cv.pdf', { type: 'application/pdf' }) });
    const result = await submitApplication(job.slug, formData, deps);
    expect(result.state).toMatchObject({ status: 'error', fieldErrors: { resume: ['Your resume must be 10 MB or smaller'] } });
    await expectNothingWritten(job.id, formData);
  });

  it('refuses a missing resume', async () => {
    const job = await createTestJob(db);
    const formData = applicationFormData({ resume: new File([], '', { type: 'application/octet-stream' }) });
    const result = await submitApplication(job.slug, formData, deps);
    expect(result.state).toMatchObject({ fieldErrors: { resume: ['Attach your resume (PDF, DOC or DOCX, up to 10 MB)'] } });
  });

  it('refuses missing consent', async () => {
    const job = await createTestJob(db);
    const formData = applicationFormData({ consent: null });
    const result = await submitApplication(job.slug, formData, deps);
    expect(result.state).toEqual({
      status: 'error',
      message: MESSAGES.invalid,
      fieldErrors: { consent: ['Please agree to the privacy notice to apply'] },
    });
    await expectNothingWritten(job.id, formData);
  });

  it('quietly refuses a filled honeypot with a generic message and writes nothing', async () => {
    const job = await createTestJob(db);
    const formData = applicationFormData({ company_website: 'https://spam.example' });
    const result = await submitApplication(job.slug, formData, deps);
    expect(result.state).toEqual({ status: 'error', message: MESSAGES.notSent });
    expect(result.honeypot).toBe(true);
    await expectNothingWritten(job.id, formData);
  });

  it('refuses a valid application buried in thousands of extra fields and writes nothing', async () => {
    const job = await createTestJob(db);
    const formData = applicationFormData();
    for (let i = 0; i < 20_000; i++) formData.append(`f${i}`, 'v');
    const result = await submitApplication(job.slug, formData, deps);
    expect(result.state).toEqual({ status: 'error', message: MESSAGES.tooManyFields });
    await expectNothingWritten(job.id, formData);
  });

  it('refuses a second application for the same job with the message on the email field', async () => {
    const job = await createTestJob(db);
    const first = applicationFormData();
    expect((await submitApplication(job.slug, first, deps)).reference).toBeDefined();
    const second = applicationFormData({ email: ` ${String(first.get('email')).toUpperCase()} ` });
    const result = await submitApplication(job.slug, second, deps);
    expect(result.state).toEqual({ status: 'error', message: MESSAGES.duplicate, fieldErrors: { email: [MESSAGES.duplicate] } });
    expect(await applicationsFor(db, job.id, String(first.get('email')))).toHaveLength(1);
  });

  it('gives the same reference when the same form is posted twice', async () => {
    const job = await createTestJob(db);
    const token = randomUUID();
    const formData = applicationFormData({ submissionToken: token });
    const first = await submitApplication(job.slug, formData, deps);
    const second = await submitApplication(job.slug, formData, deps);
    expect(second.reference).toBe(first.reference);
    expect(await applicationsFor(db, job.id, String(formData.get('email')))).toHaveLength(1);
  });

  it.each([
    ['a closed job', { status: 'closed' as const }, MESSAGES.jobClosed],
    ['a job past its closing date', { closesAt: new Date(Date.now() - DAY) }, MESSAGES.jobClosed],
    ['a draft job', { status: 'draft' as const }, MESSAGES.jobMissing],
    // Archived jobs are gone from the public site: the form does not even confirm the title.
    ['an archived job', { status: 'archived' as const }, MESSAGES.jobMissing],
  ])('refuses %s and writes nothing', async (_name, overrides, message) => {
    const job = await createTestJob(db, overrides);
    const formData = applicationFormData();
    expect((await submitApplication(job.slug, formData, deps)).state).toEqual({ status: 'error', message });
    await expectNothingWritten(job.id, formData);
  });

  it('refuses an unknown job', async () => {
    const formData = applicationFormData();
    expect((await submitApplication(`no-such-job-${randomUUID()}`, formData, deps)).state).toEqual({
      status: 'error',
      message: MESSAGES.jobMissing,
    });
  });
});
