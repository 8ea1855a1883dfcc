import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { applications, emailOutbox, emailOutboxApplications } from '@/db/schema';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { applicationInput as input, applicationsFor, createTestJob, ensureSettings, openTestDb, rowCounts, uniqueEmail } from '@/tests/helpers/apply';
import { createApplication } from './applications';

// Races the unique indexes must decide: many transactions at once on one job.
const { db, sql } = openTestDb();
const storage = createPostgresStorage(db);

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
});

describe('createApplication under concurrency', () => {
  it('treats a double click racing itself (same token, concurrently) as one application', async () => {
    const job = await createTestJob(db);
    const data = input(job.id);
    const results = await Promise.all([createApplication(data, { storage, db, appUrl: env.APP_URL }), createApplication(data, { storage, db, appUrl: env.APP_URL })]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.reference : null))).size).toBe(1);
    expect(await applicationsFor(db, job.id, data.candidate.email)).toHaveLength(1);
    expect((await rowCounts(db, { jobId: job.id, email: data.candidate.email, bytes: data.resume.bytes })).files).toBe(1);
  });

  it('treats a post without a token racing its own copy (a double click without JavaScript) as one application', async () => {
    const job = await createTestJob(db);
    const data = input(job.id, { submissionToken: null });
    const results = await Promise.all(Array.from({ length: 4 }, () => createApplication({ ...data }, { storage, db, appUrl: env.APP_URL })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.reference : null))).size).toBe(1);
    expect(await applicationsFor(db, job.id, data.candidate.email)).toHaveLength(1);
    expect((await rowCounts(db, { jobId: job.id, email: data.candidate.email, bytes: data.resume.bytes })).files).toBe(1);
  });

  it('stores 50 concurrent applications with different emails', async () => {
    const job = await createTestJob(db);
    const results = await Promise.all(Array.from({ length: 50 }, () => createApplication(input(job.id), { storage, db, appUrl: env.APP_URL })));
    expect(results.filter((r) => r.ok)).toHaveLength(50);
    expect(new Set(results.map((r) => (r.ok ? r.reference : null))).size).toBe(50);
    const rows = await db.select({ id: applications.id }).from(applications).where(eq(applications.jobId, job.id));
    expect(rows).toHaveLength(50);
  });

  it('lets exactly one of 10 concurrent submissions with the same email through', async () => {
    const job = await createTestJob(db);
    const email = uniqueEmail();
    const attempts = Array.from({ length: 10 }, (_, i) =>
      input(job.id, { candidate: { email: i % 2 ? email.toUpperCase() : email, firstName: 'Ada', lastName: `Try ${i}` } }),
    );
    const results = await Promise.all(attempts.map((a) => createApplication(a, { storage, db, appUrl: env.APP_URL })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'duplicate')).toHaveLength(9);
    expect(await applicationsFor(db, job.id, email)).toHaveLength(1);
    // The losers' resumes rolled back with their transactions.
    const storedResumes = await Promise.all(attempts.map((a) => rowCounts(db, { jobId: job.id, email, bytes: a.resume.bytes })));
    expect(storedResumes.reduce((sum, c) => sum + c.files, 0)).toBe(1);
    // So did the confirmations they queued before writing their application's row: one is left,
    // linked to the application that was stored.
    const [winner] = await db.select({ id: applications.id }).from(applications).where(eq(applications.jobId, job.id));
    const confirmations = await db
      .select({ applicationId: emailOutboxApplications.applicationId })
      .from(emailOutbox)
      .innerJoin(emailOutboxApplications, eq(emailOutboxApplications.emailId, emailOutbox.id))
      .where(and(eq(emailOutbox.kind, 'application-confirmation'), eq(emailOutbox.toAddress, email.toLowerCase())));
    expect(confirmations).toEqual([{ applicationId: winner!.id }]);
  });
});
