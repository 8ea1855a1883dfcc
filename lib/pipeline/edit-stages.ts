import 'server-only';
import type { Actor } from '@/db/queries/access';
import { addStage, moveStageStep, removeStage, reorderStages, updateStage, type StageEditResult } from '@/db/queries/pipeline-stages';
import { inTransaction } from '@/db/queries/transaction';
import { recordAudit } from '@/db/queries/audit';
import type { StageIntent } from '@/lib/validations/pipeline-stage';

/** One edit of a job's pipeline, with its audit entry, in one transaction. */
export function editStages(actor: Actor, intent: StageIntent): Promise<StageEditResult> {
  return inTransaction(async (tx) => {
    let result: StageEditResult;
    switch (intent.intent) {
      case 'add':
        result = await addStage(tx, actor, intent.jobId, { name: intent.name, kind: intent.kind });
        break;
      case 'save':
        result = await updateStage(tx, actor, intent.stageId, { name: intent.name, kind: intent.kind });
        break;
      case 'up':
      case 'down':
        result = await moveStageStep(tx, actor, intent.stageId, intent.intent === 'up' ? -1 : 1);
        break;
      case 'reorder':
        result = await reorderStages(tx, actor, intent.jobId, intent.order);
        break;
      case 'remove':
        result = await removeStage(tx, actor, intent.stageId, { targetStageId: intent.targetStageId, rejectionReasonId: intent.rejectionReasonId ?? null });
        break;
    }
    if (result.ok && (result.before !== undefined || result.after !== undefined)) {
      await recordAudit(tx, { actor, action: `job.stages_${intent.intent === 'up' || intent.intent === 'down' ? 'reordered' : intent.intent === 'save' ? 'updated' : intent.intent === 'add' ? 'added' : intent.intent === 'reorder' ? 'reordered' : 'removed'}`, entityType: 'job', entityId: result.jobId, before: result.before ?? null, after: result.after ?? null });
    }
    return result;
  });
}
