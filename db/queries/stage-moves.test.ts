import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, stageEvents, stages } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, aRejectionReasonId, createActor } from '@/tests/helpers/review';
import { bulkMoveApplications, moveApplicationStage } from './stage-moves';

const { db, sql } = openTestDb();

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

async function stagesOf(jobId: number) {
  const rows = await db.select({ id: stages.id, kind: stages.kind }).from(stages).where(eq(stages.jobId, jobId)).orderBy(stages.position);
  const byKind = (kind: string) => rows.find((s) => s.kind === kind)!.id;
  return { applied: byKind('applied'), screening: byKind('screening'), interview: byKind('interview'), rejected: byKind('rejected') };
}

/** A job with its own team member, an outsider, an admin and `count` applicants in Applied. */
async function fixture(count = 1) {
  const [job, otherJob, member, outsider, admin] = await Promise.all([
    createTestJob(db),
    createTestJob(db),
    createActor(db),
    createActor(db),
    createActor(db, 'admin'),
  ]);
  await addToHiringTeam(db, job.id, member);
  await addToHiringTeam(db, otherJob.id, outsider);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push(await applyTo(db, job.id));
  const otherId = await applyTo(db, otherJob.id);
  return { job, otherJob, member, outsider, admin, ids, otherId, stage: await stagesOf(job.id), otherStage: await stagesOf(otherJob.id) };
}

const stageOf = async (id: number) => (await db.select({ s: applications.stageId }).from(applications).where(eq(applications.id, id)))[0]?.s;
const eventsOf = (ids: number[]) =>
  db
    .select({ applicationId: stageEvents.applicationId, from: stageEvents.fromStageId, to: stageEvents.toStageId, actor: stageEvents.actorUserId, reason: stageEvents.reason })
    .from(stageEvents)
    .where(inArray(stageEvents.applicationId, ids));
const auditsOf = (ids: number[]) =>
  db
    .select({ actor: auditLog.actorUserId, action: auditLog.action, entityId: auditLog.entityId, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'application'), inArray(auditLog.entityId, ids.map(String))));

describe('moveApplicationStage', () => {
  it('moves the applicant for a hiring team member, with a stage event and an audit entry', async () => {
    const f = await fixture();
    const [id] = f.ids as [number];
    const result = await moveApplicationStage(f.member, { applicationId: id, stageId: f.stage.screening, expectedStageId: f.stage.applied }, db);
    expect(result).toMatchObject({ ok: true, jobId: f.job.id, changed: true, stage: { id: f.stage.screening, name: 'Screening' } });
    expect(await stageOf(id)).toBe(f.stage.screening);
    expect(await eventsOf([id])).toEqual([{ applicationId: id, from: f.stage.applied, to: f.stage.screening, actor: f.member.id, reason: null }]);
    expect(await auditsOf([id])).toEqual([
      {
        actor: f.member.id,
        action: 'application.stage_changed',
        entityId: String(id),
        before: { stageId: f.stage.applied },
        after: { stageId: f.stage.screening, stageEventId: expect.any(Number), rejectionReasonId: null, withReasonText: false },
      },
    ]);
  });

  it('answers not-found to someone off the hiring team, and for an id that does not exist, writing nothing', async () => {
    const f = await fixture();
    const [id] = f.ids as [number];
    expect(await moveApplicationStage(f.outsider, { applicationId: id, stageId: f.stage.screening }, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await moveApplicationStage(f.member, { applicationId: 2_000_000_000, stageId: f.stage.screening }, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await stageOf(id)).toBe(f.stage.applied);
    expect(await eventsOf([id])).toEqual([]);
  });

  it('lets an admin move any job’s applicant', async () => {
    const f = await fixture();
    const result = await moveApplicationStage(f.admin, { applicationId: f.otherId, stageId: f.otherStage.interview }, db);
    expect(result.ok).toBe(true);
    expect(await stageOf(f.otherId)).toBe(f.otherStage.interview);
  });

  it("refuses a stage of another job as invalid-stage", async () => {
    const f = await fixture();
    const [id] = f.ids as [number];
    expect(await moveApplicationStage(f.admin, { applicationId: id, stageId: f.otherStage.screening }, db)).toEqual({ ok: false, reason: 'invalid-stage' });
    expect(await stageOf(id)).toBe(f.stage.applied);
  });

  // Issue 14: the reason comes from the admins' list (counted by rejection_reason_id); the free
  // text beside it is optional, so text alone no longer rejects.
  it('asks for a reason from the list to reject, and keeps it and the optional text on the event and in the audit log', async () => {
    const f = await fixture();
    const [id] = f.ids as [number];
    for (const rejectionReasonId of [undefined, null, 0, 2_000_000_000]) {
      expect(await moveApplicationStage(f.member, { applicationId: id, stageId: f.stage.rejected, reason: 'Needs more SQL', rejectionReasonId }, db)).toEqual({ ok: false, reason: 'reason-required' });
    }
    expect(await eventsOf([id])).toEqual([]);
    const rejectionReasonId = await aRejectionReasonId(db);
    const result = await moveApplicationStage(f.member, { applicationId: id, stageId: f.stage.rejected, reason: '  Needs more SQL  ', rejectionReasonId }, db);
    expect(result.ok).toBe(true);
    expect((await eventsOf([id]))[0]?.reason).toBe('Needs more SQL');
    const [event] = await db.select({ rejectionReasonId: stageEvents.rejectionReasonId }).from(stageEvents).where(eq(stageEvents.applicationId, id));
    expect(event?.rejectionReasonId).toBe(rejectionReasonId);
    // Issue 10 item 5: the audit log (append-only, never purged) keeps the reason's id, not the text.
    const [audit] = await auditsOf([id]);
    expect(audit?.after).toEqual({ stageId: f.stage.rejected, stageEventId: expect.any(Number), rejectionReasonId, withReasonText: true });
    expect(JSON.stringify(audit)).not.toContain('Needs more SQL');
  });

  it('refuses a move based on a stage that is no longer current (stale)', async () => {
    const f = await fixture();
    const [id] = f.ids as [number];
    await moveApplicationStage(f.member, { applicationId: id, stageId: f.stage.interview, expectedStageId: f.stage.applied }, db);
    expect(await moveApplicationStage(f.member, { applicationId: id, stageId: f.stage.screening, expectedStageId: f.stage.applied }, db)).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(await stageOf(id)).toBe(f.stage.interview);
  });

  it('lets exactly one of 10 concurrent moves with the same expected stage through', async () => {
    const f = await fixture();
    const [id] = f.ids as [number];
    const targets = [f.stage.screening, f.stage.interview];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => moveApplicationStage(f.member, { applicationId: id, stageId: targets[i % 2]!, expectedStageId: f.stage.applied }, db)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'stale')).toHaveLength(9);
    const events = await eventsOf([id]);
    expect(events).toHaveLength(1);
    expect(await stageOf(id)).toBe(events[0]?.to);
    expect(await auditsOf([id])).toHaveLength(1);
  });

  it('treats a move to the current stage as done, writing nothing', async () => {
    const f = await fixture();
    const [id] = f.ids as [number];
    expect(await moveApplicationStage(f.member, { applicationId: id, stageId: f.stage.applied, expectedStageId: f.stage.applied }, db)).toMatchObject({ ok: true, changed: false });
    expect(await eventsOf([id])).toEqual([]);
  });
});

describe('bulkMoveApplications', () => {
  it('moves every selected applicant of the job, one event and audit entry each', async () => {
    const f = await fixture(3);
    const result = await bulkMoveApplications(f.member, { applicationIds: f.ids, stageId: f.stage.interview, jobId: f.job.id }, db);
    expect(result).toMatchObject({ ok: true, moved: 3, jobId: f.job.id });
    for (const id of f.ids) expect(await stageOf(id)).toBe(f.stage.interview);
    expect(await eventsOf(f.ids)).toHaveLength(3);
    expect(await auditsOf(f.ids)).toHaveLength(3);
  });

  it('moves nothing when one id belongs to another job (all or nothing)', async () => {
    const f = await fixture(2);
    const result = await bulkMoveApplications(f.admin, { applicationIds: [...f.ids, f.otherId], stageId: f.stage.interview }, db);
    expect(result).toEqual({ ok: false, reason: 'not-found' });
    for (const id of [...f.ids, f.otherId]) expect(await eventsOf([id])).toEqual([]);
    for (const id of f.ids) expect(await stageOf(id)).toBe(f.stage.applied);
  });

  it('moves nothing for someone off the team, for a missing id or for another job than the form said', async () => {
    const f = await fixture(2);
    const base = { applicationIds: f.ids, stageId: f.stage.interview };
    expect(await bulkMoveApplications(f.outsider, base, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await bulkMoveApplications(f.member, { ...base, applicationIds: [...f.ids, 2_000_000_000] }, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await bulkMoveApplications(f.admin, { ...base, jobId: f.otherJob.id }, db)).toEqual({ ok: false, reason: 'not-found' });
    expect(await eventsOf(f.ids)).toEqual([]);
  });

  it('needs a reason to reject, and another job’s stage is invalid', async () => {
    const f = await fixture(2);
    expect(await bulkMoveApplications(f.member, { applicationIds: f.ids, stageId: f.stage.rejected }, db)).toEqual({ ok: false, reason: 'reason-required' });
    expect(await bulkMoveApplications(f.member, { applicationIds: f.ids, stageId: f.otherStage.screening }, db)).toEqual({ ok: false, reason: 'invalid-stage' });
    const result = await bulkMoveApplications(f.member, { applicationIds: f.ids, stageId: f.stage.rejected, reason: 'Role filled', rejectionReasonId: await aRejectionReasonId(db) }, db);
    expect(result).toMatchObject({ ok: true, moved: 2 });
    expect((await eventsOf(f.ids)).map((e) => e.reason)).toEqual(['Role filled', 'Role filled']);
  });

  it('skips applicants already in the target stage', async () => {
    const f = await fixture(2);
    const [first] = f.ids as [number];
    await moveApplicationStage(f.member, { applicationId: first, stageId: f.stage.screening }, db);
    const result = await bulkMoveApplications(f.member, { applicationIds: f.ids, stageId: f.stage.screening }, db);
    expect(result).toMatchObject({ ok: true, moved: 1 });
    expect(await eventsOf([first])).toHaveLength(1);
  });
});

