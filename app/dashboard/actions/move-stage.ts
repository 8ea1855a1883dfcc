'use server';

import { revalidatePath } from 'next/cache';
import { moveApplicationStage, type StageMoveResult } from '@/db/queries/stage-moves';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { REASON_REQUIRED_MESSAGE, stageMoveSchema, type StageMoveField } from '@/lib/validations/stage-move';
import { MOVE_MESSAGES } from './messages';
import { loggableError } from '@/lib/logging/loggable-error';
import { parseFailure } from '@/lib/actions/field-errors';

function refusal(result: Extract<StageMoveResult, { ok: false }>): ActionState<StageMoveField> {
  switch (result.reason) {
    case 'not-found':
      return errorState(MOVE_MESSAGES.notFound);
    case 'stale':
      return errorState(MOVE_MESSAGES.stale);
    case 'invalid-stage':
      return errorState(MOVE_MESSAGES.notMoved, { stageId: [MOVE_MESSAGES.invalidStage] });
    case 'reason-required':
      return errorState(MOVE_MESSAGES.notMoved, { rejectionReasonId: [REASON_REQUIRED_MESSAGE] });
    case 'invalid-template':
      return errorState(MOVE_MESSAGES.notMoved, { emailTemplate: [MOVE_MESSAGES.invalidTemplate] });
  }
}

/**
 * Moves one applicant to another stage of its job. Fields: applicationId, stageId,
 * expectedStageId (the stage the person saw) and reason (required for a rejection).
 */
export async function moveApplicationStageAction(
  _previous: ActionState<StageMoveField>,
  formData: FormData,
): Promise<ActionState<StageMoveField>> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(MOVE_MESSAGES.signedOut);

  const parsed = stageMoveSchema.safeParse({
    applicationId: formData.get('applicationId'),
    stageId: formData.get('stageId'),
    expectedStageId: formData.get('expectedStageId'),
    reason: formData.get('reason') ?? undefined,
    rejectionReasonId: formData.get('rejectionReasonId') ?? undefined,
    emailTemplate: formData.get('emailTemplate') ?? undefined,
  });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<StageMoveField>(parsed.error, ['stageId', 'reason', 'rejectionReasonId', 'emailTemplate'], MOVE_MESSAGES.notMoved);
    return errorState(message, fieldErrors);
  }

  let result: StageMoveResult;
  try {
    // Authorization of the resource happens inside, under the row lock: another job's applicant is 'not-found'.
    result = await moveApplicationStage(auth.user, parsed.data);
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Stage move failed');
    return errorState(MOVE_MESSAGES.unexpected);
  }
  if (!result.ok) return refusal(result);

  revalidatePath('/dashboard', 'layout');
  if (!result.changed) return { status: 'success', message: `Already in ${result.stage.name}` };
  return { status: 'success', message: `Moved to ${result.stage.name}${result.emailed ? '; email queued' : ''}` };
}
