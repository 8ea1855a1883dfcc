import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, settings, stageEvents, stages } from '@/db/schema';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { applyTo, aRejectionReasonId, createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { addStage, listEditableStages, removeStage, reorderStages, updateStage } from './pipeline-stages';

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

const stageIds = async () => (await listEditableStages(f.admin, f.job.id, db))!.stages;
const setTeamsEdit = (on: boolean) => db.update(settings).set({ teamsEditStages: on }).where(eq(settings.id, 1));

describe('editing a job’s stages', () => {
  it('lets the team edit only when the company allows it; admins always; never another team', async () => {
    await setTeamsEdit(false);
    expect(await listEditableStages(f.onTeam, f.job.id, db)).toBeNull();
    expect(await db.transaction((tx) => addStage(tx, f.onTeam, f.job.id, { name: 'Take-home', kind: 'interview' }))).toEqual({ ok: false, reason: 'not-found' });
    await setTeamsEdit(true);
    expect(await db.transaction((tx) => addStage(tx, f.onTeam, f.job.id, { name: 'Take-home', kind: 'interview' }))).toMatchObject({ ok: true });
    expect(await db.transaction((tx) => addStage(tx, f.offTeam, f.job.id, { name: 'Other', kind: 'interview' }))).toEqual({ ok: false, reason: 'not-found' });
    await setTeamsEdit(false);
    expect((await stageIds()).map((s) => s.name)).toContain('Take-home');
  });

  it('reorders, renames, keeps an Applied and a Rejected stage, and removes a stage moving its applicants with stage events in one go', async () => {
    const before = await stageIds();
    const reversed = before.map((s) => s.id).reverse();
    expect(await db.transaction((tx) => reorderStages(tx, f.admin, f.job.id, reversed))).toMatchObject({ ok: true });
    expect((await stageIds()).map((s) => s.id)).toEqual(reversed);
    const applied = before.find((s) => s.kind === 'applied')!;
    const rejected = before.find((s) => s.kind === 'rejected')!;
    expect(await db.transaction((tx) => updateStage(tx, f.admin, applied.id, { name: 'New', kind: 'screening' }))).toEqual({ ok: false, reason: 'needs-applied' });
    expect(await db.transaction((tx) => updateStage(tx, f.admin, applied.id, { name: 'New', kind: 'applied' }))).toMatchObject({ ok: true });
    expect(await db.transaction((tx) => removeStage(tx, f.admin, rejected.id, { targetStageId: applied.id }))).toEqual({ ok: false, reason: 'needs-rejected' });

    // The fixture's applicant and one more sit in Applied ("New"); moving them to Rejected needs a listed reason.
    const second = await applyTo(db, f.job.id);
    const screening = before.find((s) => s.kind === 'screening')!;
    await db.update(applications).set({ stageId: screening.id }).where(eq(applications.id, second));
    expect(await db.transaction((tx) => removeStage(tx, f.admin, screening.id, { targetStageId: rejected.id }))).toEqual({ ok: false, reason: 'reason-required' });
    const reasonId = await aRejectionReasonId(db);
    const removed = await db.transaction((tx) => removeStage(tx, f.admin, screening.id, { targetStageId: rejected.id, rejectionReasonId: reasonId }));
    expect(removed).toMatchObject({ ok: true, moved: [second] });
    const [app] = await db.select({ stageId: applications.stageId }).from(applications).where(eq(applications.id, second));
    expect(app?.stageId).toBe(rejected.id);
    const events = await db.select().from(stageEvents).where(eq(stageEvents.applicationId, second));
    expect(events.map((e) => [e.fromStageId, e.toStageId, e.rejectionReasonId])).toEqual([[screening.id, rejected.id, reasonId]]);
    // Gone from the pipeline, kept as a row for the history; the rest close up their positions.
    const after = await stageIds();
    expect(after.map((s) => s.id)).not.toContain(screening.id);
    expect(after.map((s) => s.position)).toEqual(after.map((_, i) => i));
    const [row] = await db.select({ removedAt: stages.removedAt }).from(stages).where(eq(stages.id, screening.id));
    expect(row?.removedAt).not.toBeNull();
  });
});
