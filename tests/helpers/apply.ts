import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { createDb, type Database } from '@/db/client';
import type { CreateApplicationInput } from '@/db/queries/applications';
import { createJob, type JobInput, type QuestionInput } from '@/db/queries/job-writes';
import { applications, candidates, files, settings } from '@/db/schema';
import { env } from '@/lib/env';

// Shared set-up for the apply integration tests: every test makes its own job, emails and
// file bytes, so the tests can run in any order, in parallel files, and twice on one database.

export const PRIVACY_TEXT = 'I agree that Portico may store and process my application.';

export function openTestDb(): ReturnType<typeof createDb> {
  if (!env.DATABASE_URL) throw new Error('Set DATABASE_URL to a migrated PostgreSQL database to run the integration tests');
  return createDb(env.DATABASE_URL, { max: 20 });
}

/** The settings row createApplication copies the consent text from; left alone when a seed made it. */
export async function ensureSettings(db: Database): Promise<void> {
  await db.insert(settings).values({ id: 1, companyName: 'Test Co', companySlug: 'test-co', privacyText: PRIVACY_TEXT }).onConflictDoNothing();
}

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export async function createTestJob(
  db: Database,
  overrides: Partial<JobInput> & { questions?: QuestionInput[] } = {},
): Promise<{ id: number; slug: string }> {
  return createJob(db, {
    slug: `it-apply-${uniqueSuffix()}`,
    title: 'Integration Test Engineer',
    departmentId: null,
    locationId: null,
    workplaceType: 'remote',
    employmentType: 'full_time',
    pay: null,
    summary: '',
    descriptionMarkdown: '',
    status: 'published',
    ...overrides,
  });
}

const fixturePath = (name: string) => path.join(process.cwd(), 'tests', 'fixtures', name);

/** A valid PDF whose bytes (and so sha256) are unique to the caller, so file rows can be counted exactly. */
export function uniquePdf(): Uint8Array<ArrayBuffer> {
  const pdf = readFileSync(fixturePath('resume.pdf'));
  return Uint8Array.from(Buffer.concat([pdf, Buffer.from(`%${randomUUID()}\n`)]));
}

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(fixturePath(name)));
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function uniqueEmail(): string {
  return `ada.${uniqueSuffix()}@example.com`;
}

/** A valid createApplication input for the job, with its own email, token and resume bytes. */
export function applicationInput(jobId: number, overrides: Partial<CreateApplicationInput> = {}): CreateApplicationInput {
  return {
    jobId,
    questionSetId: null,
    candidate: { email: uniqueEmail(), firstName: 'Ada', lastName: 'Lovelace', phone: '+15550102030' },
    resume: { filename: 'cv.pdf', contentType: 'application/pdf', bytes: uniquePdf() },
    answers: {},
    submissionToken: randomUUID(),
    ...overrides,
  };
}

/** Rows that a refused application must not have created. */
export async function rowCounts(db: Database, { jobId, email, bytes }: { jobId: number; email: string; bytes: Uint8Array }) {
  const [apps] = await db.select({ n: count() }).from(applications).where(eq(applications.jobId, jobId));
  const [people] = await db.select({ n: count() }).from(candidates).where(eq(candidates.email, email.trim().toLowerCase()));
  const [stored] = await db.select({ n: count() }).from(files).where(eq(files.sha256, sha256(bytes)));
  return { applications: apps?.n ?? 0, candidates: people?.n ?? 0, files: stored?.n ?? 0 };
}

export async function applicationsFor(db: Database, jobId: number, email: string) {
  return db
    .select({ reference: applications.reference, candidateId: applications.candidateId })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.jobId, jobId), eq(candidates.email, email)));
}

/** A complete, valid no-JS form post; override or delete fields to break it. */
export function applicationFormData(fields: Record<string, string | File | string[] | null> = {}): FormData {
  const values: Record<string, string | File | string[] | null> = {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: uniqueEmail(),
    phone: '',
    resume: new File([uniquePdf()], 'Ada Lovelace CV.pdf', { type: 'application/pdf' }),
    coverLetter: '',
    linkedinUrl: '',
    websiteUrl: '',
    consent: 'on',
    company_website: '',
    submissionToken: randomUUID(),
    ...fields,
  };
  const formData = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === null) continue;
    if (Array.isArray(value)) for (const item of value) formData.append(key, item);
    else formData.append(key, value);
  }
  return formData;
}
