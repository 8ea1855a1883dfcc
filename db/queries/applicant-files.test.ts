import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb, uniquePdf } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createActor, createReviewFixture, currentQuestionSetId } from '@/tests/helpers/review';
import { findApplicationFileId } from './applicant-files';

const { db, sql } = openTestDb();

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
});

async function resumeFileId(applicationId: number): Promise<number> {
  const [row] = await db.select({ id: applications.resumeFileId }).from(applications).where(eq(applications.id, applicationId));
  return row!.id!;
}

describe('resume access', () => {
  it('gives the resume to the hiring team and admins only', async () => {
    const f = await createReviewFixture(db);
    const resume = await resumeFileId(f.applicationId);
    expect(await findApplicationFileId(f.onTeam, f.applicationId, { kind: 'resume' }, db)).toBe(resume);
    expect(await findApplicationFileId(f.admin, f.applicationId, { kind: 'resume' }, db)).toBe(resume);
    expect(await findApplicationFileId(f.offTeam, f.applicationId, { kind: 'resume' }, db)).toBeNull();
    expect(await findApplicationFileId(f.onTeam, 2_147_483_000, { kind: 'resume' }, db)).toBeNull();
  });
});

describe('file answer access', () => {
  const QUESTIONS = [
    { key: 'sample', kind: 'file' as const, label: 'Work sample', required: false },
    { key: 'years', kind: 'number' as const, label: 'Years of experience', required: false },
  ];

  async function applicantWithSample() {
    const job = await createTestJob(db, { questions: QUESTIONS });
    const manager = await createActor(db);
    await addToHiringTeam(db, job.id, manager);
    const id = await applyTo(db, job.id, {
      questionSetId: await currentQuestionSetId(db, job.id),
      answerFiles: { sample: { filename: 'sample.pdf', contentType: 'application/pdf', bytes: uniquePdf() } },
    });
    const [row] = await db.select({ answers: applications.answers }).from(applications).where(eq(applications.id, id));
    return { job, manager, id, sampleId: row!.answers.sample as number };
  }

  it('serves a file that answers one of the application’s file questions, and its resume', async () => {
    const { manager, id, sampleId } = await applicantWithSample();
    expect(await findApplicationFileId(manager, id, { kind: 'answer', fileId: sampleId }, db)).toBe(sampleId);
    const resume = await resumeFileId(id);
    expect(await findApplicationFileId(manager, id, { kind: 'answer', fileId: resume }, db)).toBe(resume);
  });

  it('refuses another application’s file through an application the actor may see', async () => {
    const mine = await applicantWithSample();
    const theirs = await applicantWithSample();
    expect(await findApplicationFileId(mine.manager, mine.id, { kind: 'answer', fileId: theirs.sampleId }, db)).toBeNull();
    expect(await findApplicationFileId(mine.manager, mine.id, { kind: 'answer', fileId: await resumeFileId(theirs.id) }, db)).toBeNull();
    expect(await findApplicationFileId(mine.manager, theirs.id, { kind: 'answer', fileId: theirs.sampleId }, db)).toBeNull();
  });

  it('never treats a number answer as a file id', async () => {
    const victim = await applicantWithSample();
    const job = await createTestJob(db, { questions: QUESTIONS });
    const manager = await createActor(db);
    await addToHiringTeam(db, job.id, manager);
    // The attacker's own applicant "answered" years with the id of someone else's file.
    const id = await applyTo(db, job.id, { questionSetId: await currentQuestionSetId(db, job.id), answers: { years: victim.sampleId } });
    expect(await findApplicationFileId(manager, id, { kind: 'answer', fileId: victim.sampleId }, db)).toBeNull();
  });
});
