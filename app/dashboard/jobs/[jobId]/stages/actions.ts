'use server';

import { revalidatePath } from 'next/cache';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { saveJobReplyTo } from '@/lib/hiring-settings';
import { logger } from '@/lib/logger';
import { editStages } from '@/lib/pipeline/edit-stages';
import { jobReplyToSchema } from '@/lib/validations/hiring-settings';
import { STAGE_MESSAGES, stageIntentSchema, type StageField } from '@/lib/validations/pipeline-stage';
import { loggableError } from '@/lib/logging/loggable-error';
import { parseFailure } from '@/lib/actions/field-errors';
import { ACTION_MESSAGES } from '@/lib/actions/messages';

const REFUSALS = {
  'not-found': [STAGE_MESSAGES.notFound, null],
  'duplicate-name': [STAGE_MESSAGES.duplicateName, 'name'],
  'needs-applied': [STAGE_MESSAGES.needsApplied, null],
  'needs-rejected': [STAGE_MESSAGES.needsRejected, null],
  'invalid-target': [STAGE_MESSAGES.invalidTarget, 'targetStageId'],
  'reason-required': [STAGE_MESSAGES.reasonRequired, 'rejectionReasonId'],
} as const;

/** The stage editor's one action: `intent` says add, save, up, down, reorder or remove. */
export async function editStagesAction(_previous: ActionState<StageField>, formData: FormData): Promise<ActionState<StageField>> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(ACTION_MESSAGES.signedOut);
  const parsed = stageIntentSchema.safeParse({
    intent: formData.get('intent'),
    jobId: formData.get('jobId') ?? undefined,
    stageId: formData.get('stageId') ?? undefined,
    name: formData.get('name') ?? undefined,
    kind: formData.get('kind') ?? undefined,
    order: formData.getAll('order'),
    targetStageId: formData.get('targetStageId') ?? undefined,
    rejectionReasonId: formData.get('rejectionReasonId') ?? undefined,
  });
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<StageField>(parsed.error, ['name', 'kind', 'targetStageId', 'rejectionReasonId'], 'Nothing was changed. Check the fields marked.');
    return errorState(message, fieldErrors);
  }
  let jobId: number;
  try {
    const result = await editStages(auth.user, parsed.data);
    if (!result.ok) {
      const [message, field] = REFUSALS[result.reason];
      return errorState(message, field ? { [field]: [message] } : undefined);
    }
    jobId = result.jobId;
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'editStagesAction failed');
    return errorState('Something went wrong on our side and nothing was changed. Please try again.');
  }
  revalidatePath(`/dashboard/jobs/${jobId}`, 'layout');
  revalidatePath('/dashboard');
  const done = { add: 'Stage added.', save: 'Stage saved.', up: 'Stage moved up.', down: 'Stage moved down.', reorder: 'Stages reordered.', remove: 'Stage removed; its applicants were moved.' };
  return { status: 'success', message: done[parsed.data.intent] };
}

/** The job's own Reply-To for candidate emails (empty: the company's). */
export async function updateJobReplyToAction(_previous: ActionState<'replyToEmail'>, formData: FormData): Promise<ActionState<'replyToEmail'>> {
  const auth = await authorizeAction();
  if (!auth.ok) return errorState(ACTION_MESSAGES.signedOut);
  const parsed = jobReplyToSchema.safeParse({ jobId: formData.get('jobId'), replyToEmail: formData.get('replyToEmail') ?? '' });
  if (!parsed.success) return errorState('Nothing was saved.', { replyToEmail: parsed.error.issues.map((issue) => issue.message) });
  try {
    if (!(await saveJobReplyTo(auth.user, parsed.data.jobId, parsed.data.replyToEmail))) return errorState(STAGE_MESSAGES.notFound);
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'updateJobReplyToAction failed');
    return errorState('Something went wrong on our side and nothing was saved. Please try again.');
  }
  revalidatePath(`/dashboard/jobs/${parsed.data.jobId}/stages`);
  return { status: 'success', message: 'Saved.' };
}
