import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, stageEvents, stages } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { StageKind } from '@/lib/domain/job-enums';
import { reasonMissing } from '@/lib/domain/stage-moves';
import { canAccessJob, type Actor } from './access';
import { loadTemplateText } from './email-templates';
import { isActiveRejectionReason } from './rejection-reasons';
import { enqueueStageEmail } from './stage-emails';

export type StageMoveRefusal = 'not-found' | 'stale' | 'invalid-stage' | 'reason-required' | 'invalid-template';

export type StageMoveResult =
  | { ok: true; jobId: number; stage: { id: number; name: string; kind: StageKind }; changed: boolean; emailed: boolean }
  | { ok: false; reason: StageMoveRefusal };

export type BulkMoveResult =
  | { ok: true; jobId: number; stage: { id: number; name: string; kind: StageKind }; moved: number; emailed: number }
  | { ok: false; reason: Exclude<StageMoveRefusal, 'stale'> };

interface MoveInput {
  applicationId: number;
  stageId: number;
  reason?: string | null;
  /** One of the admins' rejection reasons: required when the target stage is a rejected one. */
  rejectionReasonId?: number | null;
  /** The stage the user saw; when given and no longer current, the move is refused as 'stale'. */
  expectedStageId?: number;
  /** A template's slug: its email goes to the applicant, queued in the move's transaction. */
  emailTemplate?: string | null;
}

async function targetStage(tx: DbOrTx, stageId: number, jobId: number) {
  const [stage] = await tx
    .select({ id: stages.id, name: stages.name, kind: stages.kind })
    .from(stages)
    .where(and(eq(stages.id, stageId), eq(stages.jobId, jobId), isNull(stages.removedAt)));
  return stage ?? null;
}

/**
 * Writes the move's event, its email (when a template is chosen) and the audit row; the caller
 * holds the application's row lock. Returns whether an email was queued.
 */
async function writeMove(tx: DbOrTx, actor: Actor, applicationId: number, from: number, to: number, reason: string | null, emailTemplate: string | null, rejectionReasonId: number | null = null) {
  const [event] = await tx
    .insert(stageEvents)
    .values({ applicationId, fromStageId: from, toStageId: to, actorUserId: actor.id, reason, rejectionReasonId })
    .returning({ id: stageEvents.id });
  if (!event) throw new Error('Stage event insert returned no row');
  const emailed = emailTemplate ? await enqueueStageEmail(tx, { stageEventId: event.id, applicationId, templateSlug: emailTemplate }) : false;
  await recordAudit(tx, {
    actor,
    action: 'application.stage_changed',
    entityType: 'application',
    entityId: applicationId,
    before: { stageId: from },
    // Ids only: the free-text reason is personal data that retention and erasure clear from
    // stage_events, and the append-only audit log could never let go of it.
    after: { stageId: to, stageEventId: event.id, rejectionReasonId, withReasonText: reason !== null, ...(emailed ? { emailTemplate } : {}) },
  });
  return emailed;
}

/** A rejection's reason: null for other moves; 'missing' when a rejection names no reason still offered. */
async function rejectionReasonFor(tx: DbOrTx, kind: StageKind, id: number | null | undefined): Promise<number | null | 'missing'> {
  if (kind !== 'rejected') return null;
  if (reasonMissing(kind, id) || !(await isActiveRejectionReason(tx, Number(id)))) return 'missing';
  return Number(id);
}

/** A chosen template must exist; none chosen is fine. */
async function templateMissing(tx: DbOrTx, slug: string | null): Promise<boolean> {
  return slug !== null && !(await loadTemplateText(tx, slug));
}

/**
 * Moves one application to another stage of its job, in one transaction. The row lock makes
 * concurrent moves queue up, so with the same expectedStageId exactly one of them wins.
 */
export async function moveApplicationStage(actor: Actor, input: MoveInput, conn: DbOrTx = db): Promise<StageMoveResult> {
  const reason = input.reason?.trim() || null;
  const emailTemplate = input.emailTemplate || null;
  return conn.transaction(async (tx) => {
    const [app] = await tx
      .select({ id: applications.id, jobId: applications.jobId, stageId: applications.stageId })
      .from(applications)
      .where(eq(applications.id, input.applicationId))
      .for('update');
    // Another job's applicant is "not found", so an id reveals nothing.
    if (!app || !(await canAccessJob(actor, app.jobId, tx))) return { ok: false, reason: 'not-found' } as const;
    const stage = await targetStage(tx, input.stageId, app.jobId);
    if (!stage) return { ok: false, reason: 'invalid-stage' } as const;
    if (input.expectedStageId !== undefined && app.stageId !== input.expectedStageId) return { ok: false, reason: 'stale' } as const;
    const rejectionReasonId = await rejectionReasonFor(tx, stage.kind, input.rejectionReasonId);
    if (rejectionReasonId === 'missing' && app.stageId !== stage.id) return { ok: false, reason: 'reason-required' } as const;
    if (await templateMissing(tx, emailTemplate)) return { ok: false, reason: 'invalid-template' } as const;
    // Not a move, so no email either: a template is sent for a stage change only.
    if (app.stageId === stage.id) return { ok: true, jobId: app.jobId, stage, changed: false, emailed: false } as const;
    await tx.update(applications).set({ stageId: stage.id, updatedAt: sql`now()` }).where(eq(applications.id, app.id));
    const emailed = await writeMove(tx, actor, app.id, app.stageId, stage.id, reason, emailTemplate, rejectionReasonId === 'missing' ? null : rejectionReasonId);
    return { ok: true, jobId: app.jobId, stage, changed: true, emailed } as const;
  });
}

/**
 * Moves several applications of ONE job to a stage: all of them or none. Ids of another job,
 * of a job the actor may not see, or that do not exist refuse the whole batch as 'not-found'.
 */
export async function bulkMoveApplications(
  actor: Actor,
  input: { applicationIds: number[]; stageId: number; reason?: string | null; rejectionReasonId?: number | null; jobId?: number; emailTemplate?: string | null },
  conn: DbOrTx = db,
): Promise<BulkMoveResult> {
  const ids = [...new Set(input.applicationIds)];
  const reason = input.reason?.trim() || null;
  const emailTemplate = input.emailTemplate || null;
  if (ids.length === 0) return { ok: false, reason: 'not-found' };
  return conn.transaction(async (tx) => {
    // Locked in id order, so two overlapping bulk moves cannot deadlock each other.
    const rows = await tx
      .select({ id: applications.id, jobId: applications.jobId, stageId: applications.stageId })
      .from(applications)
      .where(inArray(applications.id, ids))
      .orderBy(asc(applications.id))
      .for('update');
    const jobIds = new Set(rows.map((r) => r.jobId));
    const [jobId] = [...jobIds];
    if (rows.length !== ids.length || jobIds.size !== 1 || jobId === undefined) return { ok: false, reason: 'not-found' } as const;
    if (input.jobId !== undefined && input.jobId !== jobId) return { ok: false, reason: 'not-found' } as const;
    if (!(await canAccessJob(actor, jobId, tx))) return { ok: false, reason: 'not-found' } as const;
    const stage = await targetStage(tx, input.stageId, jobId);
    if (!stage) return { ok: false, reason: 'invalid-stage' } as const;
    const rejectionReasonId = await rejectionReasonFor(tx, stage.kind, input.rejectionReasonId);
    if (rejectionReasonId === 'missing') return { ok: false, reason: 'reason-required' } as const;
    if (await templateMissing(tx, emailTemplate)) return { ok: false, reason: 'invalid-template' } as const;
    let emailed = 0;
    const moving = rows.filter((r) => r.stageId !== stage.id);
    if (moving.length > 0) {
      await tx
        .update(applications)
        .set({ stageId: stage.id, updatedAt: sql`now()` })
        .where(
          inArray(
            applications.id,
            moving.map((r) => r.id),
          ),
        );
      // One email per applicant actually moved, each keyed by its own stage event.
      for (const row of moving) if (await writeMove(tx, actor, row.id, row.stageId, stage.id, reason, emailTemplate, rejectionReasonId)) emailed++;
    }
    return { ok: true, jobId, stage, moved: moving.length, emailed } as const;
  });
}
