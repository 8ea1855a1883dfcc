import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashStatusToken } from '@/lib/applications/status-token';
import type { Actor } from '@/db/queries/access';
import { deleteApplicationData } from '@/db/queries/application-status';
import { applications, emailOutbox, files } from '@/db/schema';
import { confirmationDedupeKey } from '@/db/queries/applications';
import { submitApplication } from '@/lib/applications/submit-application';
import type { SessionUser } from '@/lib/auth/session';
import { applicationFormData, createTestJob, ensureSettings, openTestDb, uniquePdf } from '@/tests/helpers/apply';
import { addToHiringTeam, createActor } from '@/tests/helpers/review';
import { startLocalS3 } from '@/tests/helpers/s3';
import { createS3Storage } from './s3';
import type { FileStorage } from './types';

// The S3 driver end to end: an application through the apply path, its resume downloaded
// through the authorized route, then deleted from the candidate's status page; and a row whose
// object has gone missing. The session is faked (there is no request); everything else is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null, storage: null as FileStorage | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('@/lib/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/storage')>()),
  getStorage: () => session.storage,
}));

const resumeRoute = await import('@/app/dashboard/applications/[applicationId]/resume/route');
const { db, sql } = openTestDb();
const s3 = await startLocalS3();
const storage = createS3Storage(db, s3.settings);
session.storage = storage;
let manager: Actor;

beforeAll(async () => {
  await ensureSettings(db);
  manager = await createActor(db);
});

afterAll(async () => {
  await s3.stop();
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

function getResume(applicationId: number) {
  session.user = { id: manager.id, email: 'manager@example.com', name: 'Manager', role: manager.role };
  const url = `http://localhost/dashboard/applications/${applicationId}/resume?download=1`;
  return resumeRoute.GET(new Request(url), { params: Promise.resolve({ applicationId: String(applicationId) }) });
}

async function apply() {
  const job = await createTestJob(db, { questions: [{ key: 'sample', kind: 'file', label: 'Work sample', required: false }] });
  await addToHiringTeam(db, job.id, manager);
  const resume = uniquePdf();
  const formData = applicationFormData({
    resume: new File([resume], 'cv.pdf', { type: 'application/pdf' }),
    q_sample: new File([uniquePdf()], 'sample.pdf', { type: 'application/pdf' }),
  });
  const result = await submitApplication(job.slug, formData, { db, storage });
  expect(result.state.status).toBe('success');
  const [app] = await db
    .select({ id: applications.id, resumeFileId: applications.resumeFileId, answers: applications.answers })
    .from(applications)
    .where(eq(applications.reference, result.reference!));
  const fileIds = [app!.resumeFileId!, app!.answers.sample as number];
  const keys = (await db.select({ key: files.storageKey }).from(files).where(inArray(files.id, fileIds))).map((r) => r.key!);
  return { app: app!, resume, keys };
}

/** The status token, as the candidate reads it in the confirmation email. */
async function statusToken(applicationId: number): Promise<string> {
  const [email] = await db.select({ text: emailOutbox.text }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, confirmationDedupeKey(applicationId)));
  const token = /\/applications\/status\/([A-Za-z0-9_-]+)/.exec(email?.text ?? '')?.[1];
  if (!token) throw new Error('No status link in the confirmation email');
  return token;
}

describe('S3 storage through the app', () => {
  it('stores an application’s files as objects, serves them to the hiring team, and deletes them with the candidate’s data', async () => {
    const { app, resume, keys } = await apply();
    expect(keys).toHaveLength(2);
    expect(keys.every((key) => key.startsWith(s3.settings.keyPrefix))).toBe(true);
    expect(await s3.keys()).toEqual(expect.arrayContaining(keys));

    const response = await getResume(app.id);
    expect(response.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), Buffer.from(resume))).toBe(0);

    expect(await deleteApplicationData(hashStatusToken(await statusToken(app.id)), db, storage)).toBe('deleted');
    const left = await s3.keys();
    expect(keys.filter((key) => left.includes(key))).toEqual([]);
  });

  it('stores nothing for a refused application', async () => {
    const job = await createTestJob(db, { status: 'closed' });
    const before = await s3.keys();
    const result = await submitApplication(job.slug, applicationFormData(), { db, storage });
    expect(result.state.status).toBe('error');
    expect(await s3.keys()).toEqual(before);
  });

  it('discards the objects of a duplicate that lost to an earlier application', async () => {
    const job = await createTestJob(db);
    const first = applicationFormData();
    expect((await submitApplication(job.slug, first, { db, storage })).state.status).toBe('success');
    const before = await s3.keys();
    const again = applicationFormData({ email: String(first.get('email')) });
    expect((await submitApplication(job.slug, again, { db, storage })).state.status).toBe('error');
    expect(await s3.keys()).toEqual(before);
  });

  it('answers a clear error, not an empty file, when the object has gone missing', async () => {
    const { app, keys } = await apply();
    await s3.deleteObject(keys[0]!);
    const response = await getResume(app.id);
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/missing from storage/);
  });
});
