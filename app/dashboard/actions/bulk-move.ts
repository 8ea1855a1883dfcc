'use server';

import { revalidatePath } from 'next/cache';
import { bulkMoveApplications, type BulkMoveResult } from '@/db/queries/stage-moves';
import type { ActionState } from '@/lib/action-state';
import { refuse, runAction, type Refusal } from '@/lib/actions/run-action';
import { bulkMoveSchema, REASON_REQUIRED_MESSAGE, type BulkMoveField } from '@/lib/validations/stage-move';
import { MOVE_MESSAGES } from './messages';

function refusal(result: Extract<BulkMoveResult, { ok: false }>): Refusal<BulkMoveField> {
  switch (result.reason) {
    case 'not-found':
      return refuse(MOVE_MESSAGES.notFoundBulk);
    case 'invalid-stage':
      return refuse(MOVE_MESSAGES.notMovedBulk, { stageId: [MOVE_MESSAGES.invalidStage] });
    case 'reason-required':
      return refuse(MOVE_MESSAGES.notMovedBulk, { rejectionReasonId: [REASON_REQUIRED_MESSAGE] });
    case 'invalid-template':
      return refuse(MOVE_MESSAGES.notMovedBulk, { emailTemplate: [MOVE_MESSAGES.invalidTemplate] });
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
  const rejecting = formData.get('rejectStageId');
  return runAction({
    name: 'Bulk stage move',
    input: {
      jobId: formData.get('jobId'),
      applicationIds: formData.getAll('applicationIds'),
      stageId: rejecting ?? formData.get('stageId'),
      reason: formData.get('reason') ?? undefined,
      rejectionReasonId: formData.get('rejectionReasonId') ?? undefined,
      emailTemplate: formData.get('emailTemplate') ?? undefined,
    },
    schema: bulkMoveSchema,
    fields: ['applicationIds', 'stageId', 'reason', 'rejectionReasonId', 'emailTemplate'] satisfies BulkMoveField[],
    invalid: MOVE_MESSAGES.notMovedBulk,
    unexpected: MOVE_MESSAGES.unexpected,
    act: async (actor, input) => {
      // Every id must belong to this one job, and the actor must be on its hiring team (or admin).
      const result = await bulkMoveApplications(actor, input);
      return result.ok ? result : refusal(result);
    },
    answer: (result, input) => {
      revalidatePath('/dashboard', 'layout');
      const count = input.applicationIds.length;
      const people = `${count} applicant${count === 1 ? '' : 's'}`;
      const emails = result.emailed ? `; ${result.emailed} email${result.emailed === 1 ? '' : 's'} queued` : '';
      return { status: 'success', message: `Moved ${people} to ${result.stage.name}${emails}` };
    },
  });
}
