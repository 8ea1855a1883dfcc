import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/db/queries/access';
import { applications } from '@/db/schema';
import { createTestJob, ensureSettings, fixtureBytes, openTestDb, uniquePdf } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createReviewFixture, currentQuestionSetId, type ReviewFixture } from '@/tests/helpers/review';
import { signInAs } from '@/tests/helpers/session-mock';

// The session is faked (there is no request); access decisions and bytes come from the real database.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));

const resumeRoute = await import('./resume/route');
const filesRoute = await import('./files/[fileId]/route');
const { db, sql } = openTestDb();
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let f: ReviewFixture;

function as(actor: Actor | null) {
  signInAs(actor);
}

function getResume(applicationId: number | string, query = '') {
  const url = `http://localhost/dashboard/applications/${applicationId}/resume${query}`;
  return resumeRoute.GET(new Request(url), { params: Promise.resolve({ applicationId: String(applicationId) }) });
}

function getFile(applicationId: number, fileId: number | string) {
  const url = `http://localhost/dashboard/applications/${applicationId}/files/${fileId}?download=1`;
  return filesRoute.GET(new Request(url), { params: Promise.resolve({ applicationId: String(applicationId), fileId: String(fileId) }) });
}

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('GET /dashboard/applications/[id]/resume', () => {
  it('serves the PDF inline to the hiring team, with the protective headers and the exact bytes', async () => {
    as(f.onTeam);
    const response = await getResume(f.applicationId);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toMatch(/^inline; .*filename\*=UTF-8''cv\.pdf$/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect(response.headers.get('Content-Security-Policy')).toContain('sandbox');
    const body = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get('Content-Length')).toBe(String(body.byteLength));
    expect(Buffer.from(body).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('sends it as an attachment with ?download=1', async () => {
    as(f.admin);
    const response = await getResume(f.applicationId, '?download=1');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; /);
  });

  it('answers 404 to the signed-out, to another team, for unknown and malformed ids', async () => {
    as(null);
    expect((await getResume(f.applicationId)).status).toBe(404);
    as(f.offTeam);
    expect((await getResume(f.applicationId)).status).toBe(404);
    expect((await getResume(2_147_483_000)).status).toBe(404);
    expect((await getResume('12abc')).status).toBe(404);
    expect((await getResume('99999999999')).status).toBe(404);
  });

  it('never shows a Word resume inline', async () => {
    const job = await createTestJob(db);
    await addToHiringTeam(db, job.id, f.onTeam);
    const id = await applyTo(db, job.id, { resume: { filename: 'cv.docx', contentType: DOCX, bytes: fixtureBytes('resume.docx') } });
    as(f.onTeam);
    const response = await getResume(id);
    expect(response.headers.get('Content-Type')).toBe(DOCX);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; /);
  });
});

describe('GET /dashboard/applications/[id]/files/[fileId]', () => {
  it('serves a file answer of that application, and nothing of another', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'sample', kind: 'file', label: 'Work sample', required: false }] });
    await addToHiringTeam(db, job.id, f.onTeam);
    const id = await applyTo(db, job.id, {
      questionSetId: await currentQuestionSetId(db, job.id),
      answerFiles: { sample: { filename: 'sample.pdf', contentType: 'application/pdf', bytes: uniquePdf() } },
    });
    const [row] = await db.select({ answers: applications.answers }).from(applications).where(eq(applications.id, id));
    const sampleId = row!.answers.sample as number;
    const [other] = await db.select({ resume: applications.resumeFileId }).from(applications).where(eq(applications.id, f.otherApplicationId));

    as(f.onTeam);
    const response = await getFile(id, sampleId);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; .*sample\.pdf/);
    expect((await getFile(id, other!.resume!)).status).toBe(404);
    expect((await getFile(id, 'abc')).status).toBe(404);
    as(f.offTeam);
    expect((await getFile(id, sampleId)).status).toBe(404);
  });
});
