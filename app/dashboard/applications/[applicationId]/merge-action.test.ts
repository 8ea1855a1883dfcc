import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applications, auditLog, candidates, candidateTags, jobs, notes } from '@/db/schema';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { MERGE_MESSAGES } from '@/lib/validations/candidate-merge';
import { ensureSettings, openTestDb, uniqueEmail } from '@/tests/helpers/apply';
import { applyTo, createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { formOf } from '@/tests/helpers/form-data';
import { signInAs } from '@/tests/helpers/session-mock';

// Merging two records of one person, on a real PostgreSQL; only the session is faked.
vi.mock('@/lib/auth/session', () => import('@/tests/helpers/session-mock'));
const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath }));

const { mergeCandidateAction } = await import('./actions');
const { db, sql } = openTestDb();
let f: ReviewFixture;

const form = formOf;
const idle = { status: 'idle' } as const;
const candidateOf = async (applicationId: number) =>
  (await db.select({ id: applications.candidateId }).from(applications).where(eq(applications.id, applicationId)))[0]!.id;
const emailOf = async (candidateId: number) => (await db.select({ email: candidates.email }).from(candidates).where(eq(candidates.id, candidateId)))[0]?.email;

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
});
beforeEach(() => {
  revalidatePath.mockClear();
});
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('mergeCandidateAction', () => {
  it('moves the duplicate’s applications (notes follow) and tags to the kept record, deletes the duplicate, audits ids only', async () => {
    const keptApp = await applyTo(db, f.job.id, { candidate: { email: uniqueEmail(), firstName: 'Ada', lastName: 'Lovelace' } });
    const duplicateEmail = uniqueEmail();
    const dupApp = await applyTo(db, f.otherJob.id, { candidate: { email: duplicateEmail, firstName: 'Augusta', lastName: 'King' } });
    const kept = await candidateOf(keptApp);
    const duplicate = await candidateOf(dupApp);
    await db.insert(notes).values({ applicationId: dupApp, authorUserId: f.admin.id, body: 'Met at the fair' });
    await db.insert(candidateTags).values([
      { candidateId: duplicate, tag: 'analyst' },
      { candidateId: kept, tag: 'analyst' },
      { candidateId: duplicate, tag: 'poet' },
    ]);

    signInAs(f.admin);
    const state = await mergeCandidateAction(idle, form({ applicationId: String(keptApp), duplicateEmail: ` ${duplicateEmail.toUpperCase()} ` }));
    expect(state).toEqual({ status: 'success', message: 'Merged: 1 application moved to this candidate.' });
    expect(await candidateOf(dupApp)).toBe(kept);
    expect(await emailOf(duplicate)).toBeUndefined();
    expect(await db.select({ body: notes.body }).from(notes).where(eq(notes.applicationId, dupApp))).toEqual([{ body: 'Met at the fair' }]);
    expect((await db.select({ tag: candidateTags.tag }).from(candidateTags).where(eq(candidateTags.candidateId, kept)).orderBy(candidateTags.tag)).map((r) => r.tag)).toEqual(['analyst', 'poet']);
    // The moved application's search copy now carries the kept record's address.
    const [moved] = await db.select({ searchText: applications.searchText }).from(applications).where(eq(applications.id, dupApp));
    expect(moved!.searchText).toContain((await emailOf(kept))!);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'candidate.merged'), eq(auditLog.entityId, String(kept))));
    expect(audit).toMatchObject({ before: { candidateId: duplicate }, after: { applicationIds: [dupApp] } });
    expect(JSON.stringify(audit)).not.toContain(duplicateEmail);
  });

  it('refuses, writing nothing, when both records applied to one job, for an unknown address and for the record itself', async () => {
    const keptEmail = uniqueEmail();
    const keptApp = await applyTo(db, f.job.id, { candidate: { email: keptEmail, firstName: 'Ada', lastName: 'Lovelace' } });
    const duplicateEmail = uniqueEmail();
    await applyTo(db, f.job.id, { candidate: { email: duplicateEmail, firstName: 'Ada', lastName: 'L' } });
    const dupOther = await applyTo(db, f.otherJob.id, { candidate: { email: duplicateEmail, firstName: 'Ada', lastName: 'L' } });
    signInAs(f.admin);
    const [job] = await db.select({ title: jobs.title }).from(jobs).where(eq(jobs.id, f.job.id));
    for (const [email, message] of [
      [duplicateEmail, MERGE_MESSAGES.sameJob([job!.title])],
      [uniqueEmail(), MERGE_MESSAGES.notFound],
      [keptEmail, MERGE_MESSAGES.sameRecord],
    ] as const) {
      const state = await mergeCandidateAction(idle, form({ applicationId: String(keptApp), duplicateEmail: email }));
      expect(state, email).toMatchObject({ status: 'error', fieldErrors: { duplicateEmail: [message] }, duplicateEmail: email });
    }
    expect(await emailOf(await candidateOf(dupOther))).toBe(duplicateEmail);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('is for admins only: a hiring manager on the job and a signed-out post are refused', async () => {
    const keptApp = await applyTo(db, f.job.id);
    const duplicateEmail = uniqueEmail();
    const dupApp = await applyTo(db, f.otherJob.id, { candidate: { email: duplicateEmail, firstName: 'A', lastName: 'B' } });
    signInAs(f.onTeam);
    expect(await mergeCandidateAction(idle, form({ applicationId: String(keptApp), duplicateEmail }))).toMatchObject({ status: 'error', message: ACTION_MESSAGES.forbidden });
    signInAs(null);
    expect(await mergeCandidateAction(idle, form({ applicationId: String(keptApp), duplicateEmail }))).toMatchObject({ status: 'error', message: ACTION_MESSAGES.signedOut });
    expect(await db.select({ id: applications.id }).from(applications).where(inArray(applications.candidateId, [await candidateOf(dupApp)]))).toHaveLength(1);
  });
});
