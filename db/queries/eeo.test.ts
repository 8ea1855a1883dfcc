// Voluntary self-identification on a real PostgreSQL: the candidate's door (status token hash),
// the admins' aggregate, and that it goes with the application and with retention.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageFor } from '@/lib/storage';
import { applications, candidates, eeoResponses, settings } from '@/db/schema';
import { hashStatusToken } from '@/lib/applications/status-token';
import { buildEeoReport } from '@/lib/eeo/aggregate';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { applyTo, createReviewFixture } from '@/tests/helpers/review';
import { getApplicantDetail } from './applicant-detail';
import { streamApplicantsCsv } from './applicant-export';
import { countEeoAnswers, getEeoFormForToken, saveEeoAnswersForToken, type EeoAnswers } from './eeo';
import { purgeExpiredData } from './retention';

const { db, sql: client } = openTestDb();
beforeAll(async () => {
  await ensureSettings(db);
  await db.update(settings).set({ eeoEnabled: true }).where(eq(settings.id, 1));
});
afterAll(() => client.end());

const ANSWERS: EeoAnswers = { gender: 'female', race: 'asian', veteran: 'not_protected', disability: 'decline' };
const LONG_AGO = new Date(Date.now() - 20 * 365 * 24 * 60 * 60 * 1000);

/** An application whose status token is known (only its hash is stored, as in the real flow). */
async function applicationWithToken(jobId: number) {
  const id = await applyTo(db, jobId);
  const hash = hashStatusToken(`test-${randomUUID()}`);
  await db.update(applications).set({ statusTokenHash: hash }).where(eq(applications.id, id));
  return { id, hash };
}

const storedFor = async (id: number) => (await db.select().from(eeoResponses).where(eq(eeoResponses.applicationId, id)))[0];

describe('the candidate’s answers', () => {
  it('are saved by token, shown back to the candidate and replaced on a second save', async () => {
    const f = await createReviewFixture(db);
    const { id, hash } = await applicationWithToken(f.job.id);
    expect(await getEeoFormForToken(hash, db)).toEqual({ enabled: true, answered: false, answers: { gender: null, race: null, veteran: null, disability: null } });
    expect(await saveEeoAnswersForToken(hash, ANSWERS, db)).toBe('saved');
    expect(await getEeoFormForToken(hash, db)).toEqual({ enabled: true, answered: true, answers: ANSWERS });
    expect(await saveEeoAnswersForToken(hash, { ...ANSWERS, gender: 'decline', race: null }, db)).toBe('saved');
    expect(await storedFor(id)).toMatchObject({ gender: 'decline', race: null, veteranStatus: 'not_protected', disabilityStatus: 'decline' });
  });

  it('refuses an unknown token and an answer not on the form, writing nothing', async () => {
    expect(await saveEeoAnswersForToken(hashStatusToken('no-such-token'), ANSWERS, db)).toBe('not-found');
    expect(await getEeoFormForToken(hashStatusToken('no-such-token'), db)).toBeNull();
    const f = await createReviewFixture(db);
    const { id, hash } = await applicationWithToken(f.job.id);
    // The database is the last line: a code outside the official list breaks a check constraint.
    await expect(saveEeoAnswersForToken(hash, { ...ANSWERS, gender: 'robot' }, db)).rejects.toThrow();
    expect(await storedFor(id)).toBeUndefined();
  });

  it('never reach what hiring managers see: the applicant page and the CSV export', async () => {
    const f = await createReviewFixture(db);
    const { id, hash } = await applicationWithToken(f.job.id);
    await saveEeoAnswersForToken(hash, { gender: 'female', race: 'native_hawaiian_pacific_islander', veteran: 'protected', disability: 'yes' }, db);
    const detail = JSON.stringify(await getApplicantDetail(f.onTeam, id, db));
    expect(detail).not.toMatch(/female|native_hawaiian|protected|disability|eeo/i);
    const stream = await streamApplicantsCsv(f.onTeam, f.job.id, { sort: 'date' }, { conn: db, client });
    const csv = await new Response(stream!).text();
    expect(csv).not.toMatch(/female|native_hawaiian|protected|disability|Pacific/i);
  });
});

describe('the company switch', () => {
  it('refuses answers while the company does not ask', async () => {
    const f = await createReviewFixture(db);
    const { id, hash } = await applicationWithToken(f.job.id);
    await db.update(settings).set({ eeoEnabled: false }).where(eq(settings.id, 1));
    try {
      expect(await saveEeoAnswersForToken(hash, ANSWERS, db)).toBe('disabled');
      expect((await getEeoFormForToken(hash, db))?.enabled).toBe(false);
    } finally {
      await db.update(settings).set({ eeoEnabled: true }).where(eq(settings.id, 1));
    }
    expect(await storedFor(id)).toBeUndefined();
  });
});

describe('deletion', () => {
  it('goes with the application, and with the candidate’s data at the end of retention', async () => {
    const f = await createReviewFixture(db);
    const deleted = await applicationWithToken(f.job.id);
    await saveEeoAnswersForToken(deleted.hash, ANSWERS, db);
    await db.delete(applications).where(eq(applications.id, deleted.id));
    expect(await storedFor(deleted.id)).toBeUndefined();

    const old = await applicationWithToken(f.job.id);
    await saveEeoAnswersForToken(old.hash, ANSWERS, db);
    const [app] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, old.id));
    await db.update(applications).set({ submittedAt: LONG_AGO, updatedAt: LONG_AGO }).where(eq(applications.id, old.id));
    await db.update(candidates).set({ updatedAt: LONG_AGO }).where(eq(candidates.id, app!.candidateId));
    await purgeExpiredData(new Date(), db, storageFor(db));
    expect(await storedFor(old.id)).toBeUndefined();
  });
});

describe('the admins’ aggregate', () => {
  it('is for admins only and counts the answers in the date range', async () => {
    const f = await createReviewFixture(db);
    expect(await countEeoAnswers(f.onTeam, {}, db)).toBeNull();
    // A date of its own, so other tests' answers (submitted today) stay out of the range.
    const day = `19${String(10 + Math.floor(Math.random() * 80))}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
    const answers: EeoAnswers[] = [
      ...Array.from({ length: 6 }, () => ({ gender: 'female', race: 'asian', veteran: 'not_protected', disability: 'no' })),
      ...Array.from({ length: 2 }, () => ({ gender: 'male', race: 'white', veteran: 'protected', disability: 'no' })),
    ];
    for (const a of answers) {
      const { id, hash } = await applicationWithToken(f.job.id);
      await saveEeoAnswersForToken(hash, a, db);
      await db.execute(sql`update applications set submitted_at = ${`${day}T12:00:00Z`} where id = ${id}`);
    }
    const counts = await countEeoAnswers(f.admin, { from: day, to: day }, db);
    expect(counts?.respondents).toBe(8);
    const report = buildEeoReport(counts!);
    const gender = report.questions.find((q) => q.question === 'gender')!.cells;
    // 2 men is under 5: hidden; 6 women would then give it away (8 − 6), so it is hidden too.
    expect(gender).toEqual([
      { label: 'Male', count: null },
      { label: 'Female', count: null },
      { label: "I don't wish to answer", count: 0 },
      { label: 'Left blank', count: 0 },
    ]);
    const disability = report.questions.find((q) => q.question === 'disability')!.cells;
    expect(disability.find((c) => c.label.startsWith('No,'))?.count).toBe(8);
  });
});
