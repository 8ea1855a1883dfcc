// The candidate database on a real PostgreSQL: resume text read by the worker's indexer, then
// found by full-text search; names, emails and sources; scoping by hiring team; purged people.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, candidates, hiringTeamMembers, resumeTexts } from '@/db/schema';
import { indexPendingResumes } from '@/lib/candidates/index-resumes';
import { SNIPPET_MATCH_END, SNIPPET_MATCH_START } from '@/lib/domain/candidate-search';
import { createPostgresStorage } from '@/lib/storage/postgres';
import { RESUME_MIME_TYPES } from '@/lib/validations/resume-file';
import { ensureSettings, openTestDb, uniqueEmail } from '@/tests/helpers/apply';
import { docxWithText, pdfWithText } from '@/tests/helpers/resume-documents';
import { applyTo, createReviewFixture } from '@/tests/helpers/review';
import { searchCandidates } from './candidate-search';

const { db, sql: client } = openTestDb();
const storage = createPostgresStorage(db);
beforeAll(() => ensureSettings(db));
afterAll(() => client.end());

/** A word no other test's data holds (letters only, so it stems to itself). */
const uniqueWord = (prefix: string) => `${prefix}${randomUUID().replace(/[^a-f]/g, '').slice(0, 10)}`;

async function resumeOf(applicationId: number) {
  const [row] = await db.select({ fileId: applications.resumeFileId }).from(applications).where(eq(applications.id, applicationId));
  return row!.fileId!;
}

/** Runs the indexer until this file has its row (the shared test database holds other tests' resumes too). */
async function indexUntilDone(fileId: number) {
  for (let round = 0; round < 20; round += 1) {
    const [row] = await db.select().from(resumeTexts).where(eq(resumeTexts.fileId, fileId));
    if (row) return row;
    await indexPendingResumes(db, storage, { maxFiles: 500 });
  }
  throw new Error(`Resume ${fileId} was never indexed`);
}

const idsOf = (result: Awaited<ReturnType<typeof searchCandidates>>) => result.candidates.map((c) => c.candidateId);

describe('searchCandidates', () => {
  it('finds a candidate by a word of their PDF resume once the indexer has read it, with the word marked', async () => {
    const f = await createReviewFixture(db);
    const skill = uniqueWord('kube');
    const id = await applyTo(db, f.job.id, {
      resume: { filename: 'cv.pdf', contentType: RESUME_MIME_TYPES.pdf, bytes: pdfWithText(['Ten years of distributed systems', `Expert in ${skill} operators`]) },
    });
    const fileId = await resumeOf(id);
    // Before the worker read it, only the "pending" note shows, and the word finds nobody.
    expect(idsOf(await searchCandidates(f.onTeam, skill))).toEqual([]);
    const row = await indexUntilDone(fileId);
    expect(row).toMatchObject({ status: 'extracted', problem: null });

    const result = await searchCandidates(f.onTeam, skill);
    expect(result.candidates).toHaveLength(1);
    const [hit] = result.candidates;
    expect(hit!.applications.map((a) => a.id)).toEqual([id]);
    expect(hit!.resume).toEqual({ state: 'matched', snippet: expect.stringContaining(`${SNIPPET_MATCH_START}${skill}${SNIPPET_MATCH_END}`) });
    // English stemming: "systems" finds "system".
    expect(idsOf(await searchCandidates(f.onTeam, `${skill} system`))).toEqual([hit!.candidateId]);
  });

  it('reads Word documents too, and notes a resume without text instead of failing', async () => {
    const f = await createReviewFixture(db);
    const skill = uniqueWord('erl');
    const word = await applyTo(db, f.job.id, { resume: { filename: 'cv.docx', contentType: RESUME_MIME_TYPES.docx, bytes: docxWithText([`Built ${skill} clusters`]) } });
    await indexUntilDone(await resumeOf(word));
    expect((await searchCandidates(f.onTeam, skill)).candidates.map((c) => c.applications[0]!.id)).toEqual([word]);

    // The fixture's own application has a PDF with no text in it: noted, and still found by email.
    const emptyPdf = await resumeOf(f.applicationId);
    expect(await indexUntilDone(emptyPdf)).toMatchObject({ status: 'unreadable', problem: 'The file has no text (a scanned image?)' });
    const [candidate] = await db.select({ email: candidates.email }).from(candidates).innerJoin(applications, eq(applications.candidateId, candidates.id)).where(eq(applications.id, f.applicationId));
    const [hit] = (await searchCandidates(f.onTeam, candidate!.email)).candidates;
    expect(hit!.resume).toEqual({ state: 'unreadable', problem: 'The file has no text (a scanned image?)' });
  });

  it('matches part of a name, an email and a source, and lists every visible application of the person', async () => {
    const f = await createReviewFixture(db);
    const surname = uniqueWord('Zed');
    const email = uniqueEmail();
    const source = uniqueWord('fair');
    const first = await applyTo(db, f.job.id, { candidate: { email, firstName: 'Maria', lastName: surname }, source });
    const otherJob = await createReviewFixture(db);
    await db.insert(hiringTeamMembers).values({ jobId: otherJob.job.id, userId: f.onTeam.id });
    const second = await applyTo(db, otherJob.job.id, { candidate: { email, firstName: 'Maria', lastName: surname } });

    for (const q of [surname.slice(0, 6).toUpperCase(), `maria ${surname}`, email, source]) {
      const { candidates: hits } = await searchCandidates(f.onTeam, q);
      expect(hits.map((h) => h.email), q).toContain(email);
      const hit = hits.find((h) => h.email === email)!;
      // Newest first.
      expect(hit.applications.map((a) => a.id)).toEqual([second, first]);
    }
    // LIKE wildcards in the query are plain characters.
    expect(idsOf(await searchCandidates(f.onTeam, `${surname.slice(0, 3)}%_`))).toEqual([]);
  });

  it('never shows a manager people or applications of jobs outside their teams; admins see all', async () => {
    const f = await createReviewFixture(db);
    const surname = uniqueWord('Scope');
    const email = uniqueEmail();
    const onTeamApp = await applyTo(db, f.job.id, { candidate: { email, firstName: 'Tom', lastName: surname } });
    const offTeamApp = await applyTo(db, f.otherJob.id, { candidate: { email, firstName: 'Tom', lastName: surname } });

    const [forTeam] = (await searchCandidates(f.onTeam, surname)).candidates;
    expect(forTeam!.applications.map((a) => a.id)).toEqual([onTeamApp]);
    const [forOther] = (await searchCandidates(f.offTeam, surname)).candidates;
    expect(forOther!.applications.map((a) => a.id)).toEqual([offTeamApp]);
    const [forAdmin] = (await searchCandidates(f.admin, surname)).candidates;
    expect(forAdmin!.applications.map((a) => a.id).sort()).toEqual([onTeamApp, offTeamApp].sort());

    const stranger = { id: (await createReviewFixture(db)).onTeam.id, role: 'hiring_manager' as const };
    expect(idsOf(await searchCandidates(stranger, surname))).toEqual([]);
    expect(idsOf(await searchCandidates(stranger, ''))).not.toContain(forAdmin!.candidateId);
  });

  it('leaves out people whose personal data was purged, and a removed resume takes its text with it', async () => {
    const f = await createReviewFixture(db);
    const skill = uniqueWord('gone');
    const id = await applyTo(db, f.job.id, { resume: { filename: 'cv.pdf', contentType: RESUME_MIME_TYPES.pdf, bytes: pdfWithText([`Knows ${skill}`]) } });
    const fileId = await resumeOf(id);
    await indexUntilDone(fileId);
    expect(idsOf(await searchCandidates(f.admin, skill))).toHaveLength(1);

    const [app] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, id));
    await db.update(candidates).set({ personalDataPurgedAt: new Date() }).where(eq(candidates.id, app!.candidateId));
    expect(idsOf(await searchCandidates(f.admin, skill))).toEqual([]);

    await db.transaction(async (tx) => {
      await tx.update(applications).set({ resumeFileId: null }).where(eq(applications.id, id));
      await storage.remove([fileId], tx);
    });
    expect(await db.select().from(resumeTexts).where(eq(resumeTexts.fileId, fileId))).toEqual([]);
  });

  it('treats search syntax and hostile text as words, never as an error', async () => {
    const f = await createReviewFixture(db);
    for (const q of ['"unclosed', 'a & | ! (', "'; drop table candidates; --", '-', 'or', '\\']) {
      await expect(searchCandidates(f.onTeam, q)).resolves.toMatchObject({ more: false });
    }
  });
});
