import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '@/db/schema';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, createActor, createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import type { Actor } from './access';
import { ensureInterviewPlan } from './interview-plans';
import { createInterview } from './interviews';
import { listScorecards, submitScorecard } from './scorecards';

const { db, sql } = openTestDb();
let f: ReviewFixture;
let second: Actor;
let interviewId: number;
let criterionKey: string;

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
  second = await createActor(db);
  await addToHiringTeam(db, f.job.id, second);
  const kind = (await ensureInterviewPlan(db, f.job.id)).kinds[1]!;
  criterionKey = kind.criteria[0]!.key;
  // An interview that took place an hour ago, with two interviewers.
  const created = await db.transaction((tx) =>
    createInterview(tx, f.onTeam, {
      applicationId: f.applicationId,
      interviewKindId: kind.id,
      uid: `${randomUUID()}@test`,
      startsAt: new Date(Date.now() - 3_600_000),
      durationMinutes: 45,
      location: 'Room 2',
      videoUrl: null,
      interviewerNotes: null,
      interviewerIds: [f.onTeam.id, second.id],
    }),
  );
  if (!created.ok) throw new Error(created.reason);
  interviewId = created.interviewId;
});
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

const submit = (actor: Actor, recommendation: 'strong_no' | 'no' | 'yes' | 'strong_yes') =>
  db.transaction((tx) => submitScorecard(tx, actor, { interviewId, recommendation, ratings: { [criterionKey]: 3 }, notes: `notes by ${actor.id}` }));

describe('scorecards', () => {
  it('hides the others’ scorecards from an interviewer until they submit theirs; admins see all; off-team sees nothing', async () => {
    expect(await submit(f.onTeam, 'strong_yes')).toMatchObject({ ok: true, created: true });

    // The second interviewer has not submitted: they see nothing of the first's, only that it exists.
    const before = await listScorecards(second, f.applicationId, db);
    expect(before.scorecards).toEqual([]);
    expect(before.hiddenCount).toBe(1);

    // The first has submitted and owes nothing more: they see their own (and would see others').
    expect((await listScorecards(f.onTeam, f.applicationId, db)).scorecards.map((s) => s.recommendation)).toEqual(['strong_yes']);
    expect((await listScorecards(f.admin, f.applicationId, db)).scorecards).toHaveLength(1);
    expect(await listScorecards(f.offTeam, f.applicationId, db)).toEqual({ scorecards: [], hiddenCount: 0 });

    expect(await submit(second, 'no')).toMatchObject({ ok: true });
    const after = await listScorecards(second, f.applicationId, db);
    expect(after.hiddenCount).toBe(0);
    expect(after.scorecards.map((s) => s.recommendation).sort()).toEqual(['no', 'strong_yes']);

    // The applicant table's copy: (4 + 2) / 2.
    const [row] = await db.select({ average: applications.scorecardAverage, count: applications.scorecardCount }).from(applications).where(eq(applications.id, f.applicationId));
    expect(row).toEqual({ average: '3.00', count: 2 });
  });

  it('refuses someone who was not an interviewer, an off-team user and unknown criteria', async () => {
    expect(await submit(f.admin, 'yes')).toEqual({ ok: false, reason: 'not-interviewer' });
    expect(await submit(f.offTeam, 'yes')).toEqual({ ok: false, reason: 'not-found' });
    const unknown = await db.transaction((tx) => submitScorecard(tx, f.onTeam, { interviewId, recommendation: 'yes', ratings: { 'no-such-criterion': 2 }, notes: '' }));
    expect(unknown).toEqual({ ok: false, reason: 'invalid-criteria' });
  });
});
