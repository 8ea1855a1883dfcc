'use server';

import { revalidatePath } from 'next/cache';
import { moveApplicationStage, type StageMoveResult } from '@/db/queries/stage-moves';
import { refuse, runAction, typed, type Refusal } from '@/lib/actions/run-action';
import { REASON_REQUIRED_MESSAGE, stageMoveSchema, type StageMoveField, type StageMoveState } from '@/lib/validations/stage-move';
import { MOVE_MESSAGES } from './messages';

function refusal(result: Extract<StageMoveResult, { ok: false }>): Refusal<StageMoveField> {
  switch (result.reason) {
    case 'not-found':
      return refuse(MOVE_MESSAGES.notFound);
    case 'stale':
      return refuse(MOVE_MESSAGES.stale);
    case 'invalid-stage':
      return refuse(MOVE_MESSAGES.notMoved, { stageId: [MOVE_MESSAGES.invalidStage] });
    case 'reason-required':
      return refuse(MOVE_MESSAGES.notMoved, { rejectionReasonId: [REASON_REQUIRED_MESSAGE] });
    case 'invalid-template':
      return refuse(MOVE_MESSAGES.notMoved, { emailTemplate: [MOVE_MESSAGES.invalidTemplate] });
  }
}

/**
 * Moves one applicant to another stage of its job. Fields: applicationId, stageId,
 * expectedStageId (the stage the person saw) and reason (required for a rejection).
 */
export async function moveApplicationStageAction(
  _previous: StageMoveState,
  formData: FormData,
): Promise<StageMoveState> {
  return runAction({
    name: 'Stage move',
    input: {
      applicationId: formData.get('applicationId'),
      stageId: formData.get('stageId'),
      expectedStageId: formData.get('expectedStageId'),
      reason: formData.get('reason') ?? undefined,
      rejectionReasonId: formData.get('rejectionReasonId') ?? undefined,
      emailTemplate: formData.get('emailTemplate') ?? undefined,
    },
    schema: stageMoveSchema,
    fields: ['stageId', 'reason', 'rejectionReasonId', 'emailTemplate'] satisfies StageMoveField[],
    invalid: MOVE_MESSAGES.notMoved,
    echo: { chosen: { stageId: typed(formData, 'stageId'), reason: typed(formData, 'reason') } },
    unexpected: MOVE_MESSAGES.unexpected,
    act: async (actor, input) => {
      // Authorization of the resource happens inside, under the row lock: another job's applicant is 'not-found'.
      const result = await moveApplicationStage(actor, input);
      return result.ok ? result : refusal(result);
    },
    answer: (result) => {
      revalidatePath('/dashboard', 'layout');
      if (!result.changed) return { status: 'success', message: `Already in ${result.stage.name}` };
      return { status: 'success', message: `Moved to ${result.stage.name}${result.emailed ? '; email queued' : ''}` };
    },
  });
}
