import 'server-only';
import { and, asc, eq, isNull, max, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, jobs, stageEvents, stages } from '@/db/schema';
import type { StageKind } from '@/lib/domain/job-enums';
import type { Actor } from './access';
import { canEditStages } from './hiring-settings';
import { isActiveRejectionReason } from './rejection-reasons';

// Editing a job's pipeline: add, rename (and re-kind), reorder and remove stages. Admins always;
// the job's hiring team when the company allows it (settings.teams_edit_stages). A job keeps at
// least one Applied stage (new applications land there) and one Rejected stage (every reject path).

export interface EditableStage {
  id: number;
  name: string;
  kind: StageKind;
  position: number;
  count: number;
}

export type StageEditRefusal = 'not-found' | 'duplicate-name' | 'needs-applied' | 'needs-rejected' | 'invalid-target' | 'reason-required';
export type StageEditResult = { ok: true; jobId: number; before?: unknown; after?: unknown } | { ok: false; reason: StageEditRefusal };

const live = (jobId: number) => and(eq(stages.jobId, jobId), isNull(stages.removedAt));

export async function listEditableStages(actor: Actor, jobId: number, conn: DbOrTx = appDb): Promise<{ jobTitle: string; stages: EditableStage[] } | null> {
  if (!(await canEditStages(actor, jobId, conn))) return null;
  const [job] = await conn.select({ title: jobs.title }).from(jobs).where(eq(jobs.id, jobId));
  if (!job) return null;
  const rows = await conn
    .select({ id: stages.id, name: stages.name, kind: stages.kind, position: stages.position, count: sql<number>`coalesce((select c.applications from stage_application_counts c where c.stage_id = "stages"."id"), 0)` })
    .from(stages)
    .where(live(jobId))
    .orderBy(asc(stages.position));
  return { jobTitle: job.title, stages: rows };
}

async function lockPipeline(tx: DbOrTx, actor: Actor, jobId: number) {
  // The job row serialises pipeline edits, so two editors never interleave positions.
  const [job] = await tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, jobId)).for('no key update');
  if (!job || !(await canEditStages(actor, jobId, tx))) return null;
  return tx.select({ id: stages.id, name: stages.name, kind: stages.kind, position: stages.position }).from(stages).where(live(jobId)).orderBy(asc(stages.position));
}

async function stageJob(conn: DbOrTx, stageId: number): Promise<number | null> {
  const [row] = await conn.select({ jobId: stages.jobId }).from(stages).where(and(eq(stages.id, stageId), isNull(stages.removedAt)));
  return row?.jobId ?? null;
}

function keepsRequiredKinds(pipeline: Array<{ kind: StageKind }>): StageEditRefusal | null {
  if (!pipeline.some((s) => s.kind === 'applied')) return 'needs-applied';
  if (!pipeline.some((s) => s.kind === 'rejected')) return 'needs-rejected';
  return null;
}

const nameTaken = (pipeline: Array<{ id: number; name: string }>, name: string, except?: number) => pipeline.some((s) => s.id !== except && s.name.toLowerCase() === name.toLowerCase());

export async function addStage(tx: DbOrTx, actor: Actor, jobId: number, input: { name: string; kind: StageKind }): Promise<StageEditResult> {
  const pipeline = await lockPipeline(tx, actor, jobId);
  if (!pipeline) return { ok: false, reason: 'not-found' };
  if (nameTaken(pipeline, input.name)) return { ok: false, reason: 'duplicate-name' };
  const [top] = await tx.select({ position: max(stages.position) }).from(stages).where(live(jobId));
  const [row] = await tx.insert(stages).values({ jobId, name: input.name, kind: input.kind, position: (top?.position ?? -1) + 1 }).returning({ id: stages.id });
  return { ok: true, jobId, after: { stageId: row?.id, ...input } };
}

export async function updateStage(tx: DbOrTx, actor: Actor, stageId: number, input: { name: string; kind: StageKind }): Promise<StageEditResult> {
  const jobId = await stageJob(tx, stageId);
  const pipeline = jobId === null ? null : await lockPipeline(tx, actor, jobId);
  const current = pipeline?.find((s) => s.id === stageId);
  if (!pipeline || !current || jobId === null) return { ok: false, reason: 'not-found' };
  if (nameTaken(pipeline, input.name, stageId)) return { ok: false, reason: 'duplicate-name' };
  const problem = keepsRequiredKinds(pipeline.map((s) => (s.id === stageId ? { kind: input.kind } : s)));
  if (problem) return { ok: false, reason: problem };
  await tx.update(stages).set(input).where(eq(stages.id, stageId));
  return { ok: true, jobId, before: { name: current.name, kind: current.kind }, after: input };
}

/** Puts the live stages in this order (every live id once); positions are rewritten in two steps past the unique index. */
export async function reorderStages(tx: DbOrTx, actor: Actor, jobId: number, orderedIds: number[]): Promise<StageEditResult> {
  const pipeline = await lockPipeline(tx, actor, jobId);
  if (!pipeline) return { ok: false, reason: 'not-found' };
  const ids = pipeline.map((s) => s.id);
  if (orderedIds.length !== ids.length || new Set(orderedIds).size !== ids.length || orderedIds.some((id) => !ids.includes(id))) return { ok: false, reason: 'invalid-target' };
  await tx.update(stages).set({ position: sql`-1 - ${stages.position}` }).where(live(jobId));
  for (const [position, id] of orderedIds.entries()) await tx.update(stages).set({ position }).where(eq(stages.id, id));
  return { ok: true, jobId, before: { order: ids }, after: { order: orderedIds } };
}

/** One step up or down (the keyboard and no-JavaScript way to reorder). */
export async function moveStageStep(tx: DbOrTx, actor: Actor, stageId: number, direction: -1 | 1): Promise<StageEditResult> {
  const jobId = await stageJob(tx, stageId);
  const pipeline = jobId === null ? null : await lockPipeline(tx, actor, jobId);
  if (!pipeline || jobId === null) return { ok: false, reason: 'not-found' };
  const order = pipeline.map((s) => s.id);
  const from = order.indexOf(stageId);
  const to = from + direction;
  if (from < 0) return { ok: false, reason: 'not-found' };
  if (to < 0 || to >= order.length) return { ok: true, jobId };
  [order[from], order[to]] = [order[to]!, order[from]!];
  return reorderStages(tx, actor, jobId, order);
}

/**
 * Removes a stage: its applicants move to `targetStageId` (one stage event each, by the actor,
 * with a listed reason when the target is a rejected stage), and the stage leaves the pipeline
 * (kept as a row: past events point at it). All in the caller's transaction.
 */
export async function removeStage(tx: DbOrTx, actor: Actor, stageId: number, input: { targetStageId: number; rejectionReasonId?: number | null }): Promise<StageEditResult & { moved?: number[] }> {
  const jobId = await stageJob(tx, stageId);
  const pipeline = jobId === null ? null : await lockPipeline(tx, actor, jobId);
  const current = pipeline?.find((s) => s.id === stageId);
  if (!pipeline || !current || jobId === null) return { ok: false, reason: 'not-found' };
  const target = pipeline.find((s) => s.id === input.targetStageId);
  if (!target || target.id === stageId) return { ok: false, reason: 'invalid-target' };
  const problem = keepsRequiredKinds(pipeline.filter((s) => s.id !== stageId));
  if (problem) return { ok: false, reason: problem };
  const rows = await tx.select({ id: applications.id }).from(applications).where(and(eq(applications.jobId, jobId), eq(applications.stageId, stageId))).orderBy(asc(applications.id)).for('update');
  const reasonId = target.kind === 'rejected' ? (input.rejectionReasonId ?? null) : null;
  if (rows.length > 0 && target.kind === 'rejected' && (reasonId === null || !(await isActiveRejectionReason(tx, reasonId)))) return { ok: false, reason: 'reason-required' };
  if (rows.length > 0) {
    await tx.update(applications).set({ stageId: target.id, updatedAt: sql`now()` }).where(and(eq(applications.jobId, jobId), eq(applications.stageId, stageId)));
    await tx.insert(stageEvents).values(rows.map((row) => ({ applicationId: row.id, fromStageId: stageId, toStageId: target.id, actorUserId: actor.id, reason: 'Stage removed', rejectionReasonId: reasonId })));
  }
  // Out of the pipeline's positions, which the live stages then close up.
  await tx.update(stages).set({ removedAt: sql`now()`, position: sql`-1000000 - ${stages.id}` }).where(eq(stages.id, stageId));
  const rest = pipeline.filter((s) => s.id !== stageId).map((s) => s.id);
  await reorderStages(tx, actor, jobId, rest);
  return { ok: true, jobId, before: { stageId, name: current.name, kind: current.kind }, after: { movedTo: target.id, applications: rows.length, rejectionReasonId: reasonId }, moved: rows.map((r) => r.id) };
}
