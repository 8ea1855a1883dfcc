import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, ratings } from '@/db/schema';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, createActor, createReviewFixture } from '@/tests/helpers/review';
import { listRatings, rateApplication } from './ratings';

const { db, sql } = openTestDb();

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
});

async function summary(applicationId: number) {
  const [row] = await db
    .select({ average: applications.ratingAverage, count: applications.ratingCount })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return row;
}

describe('rateApplication', () => {
  it('sets, then changes, the reviewer’s one rating, with audit entries and the average kept by the trigger', async () => {
    const f = await createReviewFixture(db);
    expect(await rateApplication(f.onTeam, { applicationId: f.applicationId, score: 3 }, db)).toEqual({
      ok: true,
      jobId: f.job.id,
      before: null,
      after: 3,
    });
    expect(await summary(f.applicationId)).toEqual({ average: '3.00', count: 1 });

    expect(await rateApplication(f.onTeam, { applicationId: f.applicationId, score: 1 }, db)).toMatchObject({ before: 3, after: 1 });
    expect(await db.select({ score: ratings.score }).from(ratings).where(eq(ratings.applicationId, f.applicationId))).toEqual([{ score: 1 }]);
    expect(await summary(f.applicationId)).toEqual({ average: '1.00', count: 1 });

    const audit = await db
      .select({ before: auditLog.before, after: auditLog.after, actor: auditLog.actorUserId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'application.rated'), eq(auditLog.entityId, String(f.applicationId))))
      .orderBy(auditLog.id);
    expect(audit).toEqual([
      { before: null, after: { score: 3 }, actor: f.onTeam.id },
      { before: { score: 3 }, after: { score: 1 }, actor: f.onTeam.id },
    ]);
  });

  it('refuses an application on another team’s job and writes nothing', async () => {
    const f = await createReviewFixture(db);
    expect(await rateApplication(f.offTeam, { applicationId: f.applicationId, score: 4 }, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await db.select().from(ratings).where(eq(ratings.applicationId, f.applicationId))).toEqual([]);
    expect(await summary(f.applicationId)).toEqual({ average: null, count: 0 });
  });

  it('stores two reviewers rating at the same moment, and the average counts both', async () => {
    const f = await createReviewFixture(db);
    const second = await createActor(db);
    await addToHiringTeam(db, f.job.id, second);
    const results = await Promise.all([
      rateApplication(f.onTeam, { applicationId: f.applicationId, score: 4 }, db),
      rateApplication(second, { applicationId: f.applicationId, score: 3 }, db),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    expect(await summary(f.applicationId)).toEqual({ average: '3.50', count: 2 });
  });

  it('keeps the average right under many concurrent reviewers', async () => {
    const f = await createReviewFixture(db);
    const reviewers = await Promise.all(Array.from({ length: 8 }, () => createActor(db, 'admin')));
    await Promise.all(reviewers.map((reviewer, i) => rateApplication(reviewer, { applicationId: f.applicationId, score: ((i % 4) + 1) as 1 | 2 | 3 | 4 }, db)));
    expect(await summary(f.applicationId)).toEqual({ average: '2.50', count: 8 });
  });
});

describe('listRatings', () => {
  it('lists each reviewer’s rating, only for those who may see the application', async () => {
    const f = await createReviewFixture(db);
    await rateApplication(f.onTeam, { applicationId: f.applicationId, score: 2 }, db);
    await rateApplication(f.admin, { applicationId: f.applicationId, score: 4 }, db);
    const listed = await listRatings(f.onTeam, f.applicationId, db);
    expect(listed.map((rating) => [rating.userId, rating.score])).toEqual([
      [f.onTeam.id, 2],
      [f.admin.id, 4],
    ]);
    expect(await listRatings(f.offTeam, f.applicationId, db)).toEqual([]);
  });
});
