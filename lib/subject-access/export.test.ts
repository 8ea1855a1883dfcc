import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, candidateTags, notes, stageEvents } from '@/db/schema';
import { createStatusToken } from '@/lib/applications/status-token';
import { handleStatusExport, EXPORT_PER_APPLICATION } from '@/lib/applications/status-export';
import { enqueueEmail } from '@/lib/mail/outbox';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { createTestJob, ensureSettings, openTestDb, sha256, uniqueEmail, uniquePdf } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createActor, currentQuestionSetId } from '@/tests/helpers/review';
import { buildSubjectAccessZip } from './export';

// Subject access: the ZIP holds everything about the candidate and nothing about anyone else;
// the candidate's own copy leaves out the team's internal notes and evaluations (see document.ts).

const { db, sql } = openTestDb();
const storage = createPostgresStorage(db);
const QUESTIONS = [
  { key: 'sample', kind: 'file' as const, label: 'Work sample', required: false },
  { key: 'years', kind: 'number' as const, label: 'Years of experience', required: false },
];

beforeAll(() => ensureSettings(db));
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

interface Exported {
  scope: string;
  candidate: { email: string; firstName: string };
  applications: Array<Record<string, unknown> & { reference: string; answers: Array<{ question: string; answer: unknown }>; files: Array<{ path: string; filename: string }> }>;
  emails: Array<{ subject: string; to: string; audience?: string }>;
}

async function world() {
  const email = uniqueEmail();
  const candidate = { email, firstName: 'Ada', lastName: 'Lovelace', phone: '+15550102030' };
  const job = await createTestJob(db, { questions: QUESTIONS, title: 'Analytical Engine Programmer' });
  const otherJob = await createTestJob(db, { title: 'Difference Engine Operator' });
  const manager = await createActor(db);
  await addToHiringTeam(db, job.id, manager);
  const resume = uniquePdf();
  const sample = uniquePdf();
  const first = await applyTo(
    db,
    job.id,
    {
      candidate,
      resume: { filename: '../../etc/passwd.pdf', contentType: 'application/pdf', bytes: resume },
      questionSetId: await currentQuestionSetId(db, job.id),
      answers: { years: 7 },
      answerFiles: { sample: { filename: 'sample.pdf', contentType: 'application/pdf', bytes: sample } },
    },
    storage,
  );
  const second = await applyTo(db, otherJob.id, { candidate }, storage);
  const stranger = await applyTo(db, otherJob.id, {}, storage);
  const [app] = await db.select({ stageId: applications.stageId, candidateId: applications.candidateId }).from(applications).where(eq(applications.id, first));
  await db.insert(notes).values({ applicationId: first, authorUserId: manager.id, body: 'Internal: strong on maths' });
  await db.insert(candidateTags).values({ candidateId: app!.candidateId, tag: 'internal tag maths olympiad' });
  await db.insert(stageEvents).values({ applicationId: first, fromStageId: app!.stageId, toStageId: app!.stageId, actorUserId: manager.id, reason: 'Internal reason text' });
  await enqueueEmail(db, { kind: 'new-application', dedupeKey: `new-application:${first}:${manager.id}`, to: 'team@example.com', subject: 'Staff: Ada applied', html: '<p>x</p>', text: 'x', about: { applicationIds: [first], audience: 'staff' } });
  return { email, first, second, stranger, candidateId: app!.candidateId, manager, resume, sample };
}

const open = (bytes: Uint8Array) => {
  const entries = unzipSync(bytes);
  return { entries, data: JSON.parse(strFromU8(entries['data.json']!)) as Exported };
};

describe('buildSubjectAccessZip', () => {
  it('gives the candidate their details, every application, answers, files and emails, and not the team’s internal notes', async () => {
    const w = await world();
    const zip = await buildSubjectAccessZip(w.candidateId, 'candidate', { actor: null, conn: db, storage });
    const { entries, data } = open(zip!.bytes);
    expect(zip!.filename).toMatch(/^portico-data-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(data.scope).toBe('candidate');
    expect(data.candidate).toMatchObject({ email: w.email, firstName: 'Ada' });
    expect(data.applications.map((a) => a.job)).toEqual(['Analytical Engine Programmer', 'Difference Engine Operator']);
    const [first] = data.applications;
    expect(first!.answers).toEqual([
      { question: 'Work sample', answer: { file: expect.stringMatching(/^files\/[^/]+\/2-sample\.pdf$/), filename: 'sample.pdf' } },
      { question: 'Years of experience', answer: 7 },
    ]);
    expect(first).toMatchObject({ status: 'Received', statusHistory: [{ status: 'Received' }] });
    // Every file in the ZIP, byte for byte, under a path that cannot climb out of the folder.
    const paths = Object.keys(entries).filter((name) => name.startsWith('files/'));
    expect(paths).toHaveLength(3);
    for (const path of paths) expect(path.split('/').every((part) => part !== '..' && part !== '')).toBe(true);
    const hashes = paths.map((path) => sha256(entries[path]!));
    expect(hashes).toEqual(expect.arrayContaining([sha256(w.resume), sha256(w.sample)]));
    expect(first!.files.map((f) => f.filename)).toEqual(['../../etc/passwd.pdf', 'sample.pdf']);
    // The emails they received (the confirmations), not the team's.
    expect(data.emails.map((e) => e.to)).toEqual([w.email, w.email]);
    const text = strFromU8(entries['data.json']!);
    expect(text).not.toContain('Internal: strong on maths');
    expect(text).not.toContain('Internal reason text');
    expect(text).not.toContain('internal tag maths olympiad');
    expect(text).not.toContain('Staff: Ada applied');
  });

  it('gives an admin the team’s notes, reasons and staff emails too, and nobody else’s data; both are audited with ids only', async () => {
    const w = await world();
    const zip = await buildSubjectAccessZip(w.candidateId, 'admin', { actor: { id: w.manager.id }, conn: db, storage });
    const { data } = open(zip!.bytes);
    const text = JSON.stringify(data);
    expect(text).toContain('Internal: strong on maths');
    expect(text).toContain('Internal reason text');
    expect(data).toMatchObject({ tags: ['internal tag maths olympiad'] });
    expect(data.emails.map((e) => e.audience).sort()).toEqual(['candidate', 'candidate', 'staff']);
    const [stranger] = await db.select({ reference: applications.reference }).from(applications).where(eq(applications.id, w.stranger));
    expect(text).not.toContain(stranger!.reference);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, String(w.candidateId)));
    const exportAudit = audits.find((a) => a.action === 'candidate.subject_access_exported');
    expect(exportAudit).toMatchObject({ actorUserId: w.manager.id, entityType: 'candidate', after: { scope: 'admin', applicationIds: [w.first, w.second], fileCount: 3, emailCount: 3 } });
    expect(JSON.stringify(exportAudit)).not.toMatch(/Ada|Lovelace|@example\.com/);
  });

  it('answers nothing for a candidate who does not exist', async () => {
    expect(await buildSubjectAccessZip(2_000_000_000, 'candidate', { actor: null, conn: db, storage })).toBeNull();
  });
});

describe('handleStatusExport (the status page download)', () => {
  const get = (token: string, ip: string) => handleStatusExport(new Request(`http://localhost/applications/status/${token}/export`, { headers: { 'x-forwarded-for': ip } }), token);

  it('downloads with the token, refuses a wrong one, and limits downloads per application', async () => {
    const w = await world();
    const status = createStatusToken();
    await db.update(applications).set({ statusTokenHash: status.hash }).where(eq(applications.id, w.first));
    const response = await get(status.token, '203.0.113.9');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(open(new Uint8Array(await response.arrayBuffer())).data.candidate.email).toBe(w.email);
    expect((await get(createStatusToken().token, '203.0.113.9')).status).toBe(404);
    for (let i = 1; i < EXPORT_PER_APPLICATION.limit; i++) expect((await get(status.token, '203.0.113.9')).status).toBe(200);
    const limited = await get(status.token, '203.0.113.9');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('content-disposition')).toBeNull();
  });
});
