import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureInterviewPlan, getInterviewPlan } from '@/db/queries/interview-plans';
import { createInterview } from '@/db/queries/interviews';
import { interviewKinds } from '@/db/schema';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { saveInterviewPlanService } from './plan';

const { db, sql } = openTestDb();
let f: ReviewFixture;

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
});
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('interview kinds, versioned like questions', () => {
  it('edits in place until an interview uses the plan, then makes a new version; past scorecards keep their criteria', async () => {
    const first = await ensureInterviewPlan(db, f.job.id);
    const kind = first.kinds[1]!;
    const kinds = first.kinds.map((k) => ({ key: k.key, name: k.name, criteria: k.criteria.map((c) => c.label) }));
    expect(await saveInterviewPlanService(f.offTeam, { jobId: f.job.id, planId: first.planId, kinds })).toEqual({ ok: false, reason: 'not-found' });
    const inPlace = await saveInterviewPlanService(f.onTeam, { jobId: f.job.id, planId: first.planId, kinds: kinds.map((k, i) => (i === 1 ? { ...k, criteria: [...k.criteria, 'Testing'] } : k)) });
    expect(inPlace).toMatchObject({ ok: true, version: 1, newVersion: false });

    const v1 = (await getInterviewPlan(f.onTeam, f.job.id, db))!;
    const used = v1.kinds[1]!;
    const created = await db.transaction((tx) =>
      createInterview(tx, f.onTeam, { applicationId: f.applicationId, interviewKindId: used.id, uid: `${randomUUID()}@t`, startsAt: new Date(Date.now() + 86_400_000), durationMinutes: 30, location: 'x', videoUrl: null, interviewerNotes: null, interviewerIds: [f.onTeam.id] }),
    );
    expect(created.ok).toBe(true);
    const renamed = v1.kinds.map((k, i) => ({ key: k.key, name: k.name, criteria: i === 1 ? ['Problem solving', 'System design'] : k.criteria.map((c) => c.label) }));
    const v2 = await saveInterviewPlanService(f.onTeam, { jobId: f.job.id, planId: v1.planId, kinds: renamed });
    expect(v2).toMatchObject({ ok: true, version: 2, newVersion: true });
    // The used version's kind is untouched; the new one keeps the key of the unchanged criterion.
    const [old] = await db.select({ criteria: interviewKinds.criteria }).from(interviewKinds).where(eq(interviewKinds.id, used.id));
    expect(old!.criteria.map((c) => c.label)).toContain('Testing');
    const current = (await getInterviewPlan(f.onTeam, f.job.id, db))!;
    const solving = (k: typeof current.kinds[number]) => k.criteria.find((c) => c.label === 'Problem solving')?.key;
    expect(solving(current.kinds[1]!)).toBe(solving(used as never) ?? kind.criteria.find((c) => c.label === 'Problem solving')?.key);
    // A stale save (the plan it loaded is no longer current) changes nothing.
    expect(await saveInterviewPlanService(f.onTeam, { jobId: f.job.id, planId: v1.planId, kinds: renamed })).toEqual({ ok: false, reason: 'stale' });
  });
});
