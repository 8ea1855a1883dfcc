'use server';

import { revalidatePath } from 'next/cache';
import { bulkMoveApplications, type BulkMoveResult } from '@/db/queries/stage-moves';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { bulkMoveSchema, REASON_REQUIRED_MESSAGE, type BulkMoveField } from '@/lib/validations/stage-move';
import { MOVE_MESSAGES } from './messages';
import { loggableError } from '@/lib/logging/loggable-error';
import { parseFailure } from '@/lib/actions/field-errors';

function refusal(result: Extract<BulkMoveResult, { ok: false }>): ActionState<BulkMoveField> {
  switch (result.reason) {
    case 'not-found':
      return errorState(MOVE_MESSAGES.notFoundBulk);
    case 'invalid-stage':
      return errorState(MOVE_MESSAGES.notMovedBulk, { stageId: [MOVE_MESSAGES.invalidStage] });
    case 'reason-required':
      return errorState(MOVE_MESSAGES.notMovedBulk, { rejectionReasonId: [REASON_REQUIRED_MESSAGE] });
    case 'invalid-template':
      return errorState(MOVE_MESSAGES.notMovedBulk, { emailTemplate: [MOVE_MESSAGES.invalidTemplate] });
  }
}

/**
 * The applicant table's bulk form: the checked `applicationIds` of one job (`jobId`) go to
 * `stageId` ("Move selected") or, from the "Reject selected" button, to its `rejectStageId`
 * with a `reason`. All or nothing.
 */
export async function bulkMoveApplicationsAction(
  _previous: ActionState<BulkMoveField>,
  formData: FormData,
): Promise<ActionState<BulkMoveField>> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(MOVE_MESSAGES.signedOut);

  const rejecting = formData.get('rejectStageId');
  const parsed = bulkMoveSchema.safeParse({
    jobId: formData.get('jobId'),
    applicationIds: formData.getAll('applicationIds'),
    stageId: rejecting ?? formData.get('stageId'),
    reason: formData.get('reason') ?? undefined,
    rejectionReasonId: formData.get('rejectionReasonId') ?? undefined,
    emailTemplate: formData.get('emailTemplate') ?? undefined,
  });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<BulkMoveField>(parsed.error, ['applicationIds', 'stageId', 'reason', 'rejectionReasonId', 'emailTemplate'], MOVE_MESSAGES.notMovedBulk);
    return errorState(message, fieldErrors);
  }

  let result: BulkMoveResult;
  try {
    // Every id must belong to this one job, and the actor must be on its hiring team (or admin).
    result = await bulkMoveApplications(auth.user, parsed.data);
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Bulk stage move failed');
    return errorState(MOVE_MESSAGES.unexpected);
  }
  if (!result.ok) return refusal(result);

  revalidatePath('/dashboard', 'layout');
  const count = parsed.data.applicationIds.length;
  const people = `${count} applicant${count === 1 ? '' : 's'}`;
  const emails = result.emailed ? `; ${result.emailed} email${result.emailed === 1 ? '' : 's'} queued` : '';
  return { status: 'success', message: `Moved ${people} to ${result.stage.name}${emails}` };
}
