'use server';

import { revalidatePath } from 'next/cache';
import type { ActionState } from '@/lib/action-state';
import { refuse, runAction } from '@/lib/actions/run-action';
import { saveJobReplyTo } from '@/lib/hiring-settings';
import { editStages } from '@/lib/pipeline/edit-stages';
import { jobReplyToSchema } from '@/lib/validations/hiring-settings';
import { STAGE_MESSAGES, stageIntentSchema, type StageField } from '@/lib/validations/pipeline-stage';

const REFUSALS = {
  'not-found': [STAGE_MESSAGES.notFound, null],
  'duplicate-name': [STAGE_MESSAGES.duplicateName, 'name'],
  'needs-applied': [STAGE_MESSAGES.needsApplied, null],
  'needs-rejected': [STAGE_MESSAGES.needsRejected, null],
  'invalid-target': [STAGE_MESSAGES.invalidTarget, 'targetStageId'],
  'reason-required': [STAGE_MESSAGES.reasonRequired, 'rejectionReasonId'],
} as const;

const DONE = { add: 'Stage added.', save: 'Stage saved.', up: 'Stage moved up.', down: 'Stage moved down.', reorder: 'Stages reordered.', remove: 'Stage removed; its applicants were moved.' };

/** The stage editor's one action: `intent` says add, save, up, down, reorder or remove. */
export async function editStagesAction(_previous: ActionState<StageField>, formData: FormData): Promise<ActionState<StageField>> {
  return runAction({
    name: 'editStagesAction',
    input: {
      intent: formData.get('intent'),
      jobId: formData.get('jobId') ?? undefined,
      stageId: formData.get('stageId') ?? undefined,
      name: formData.get('name') ?? undefined,
      kind: formData.get('kind') ?? undefined,
      order: formData.getAll('order'),
      targetStageId: formData.get('targetStageId') ?? undefined,
      rejectionReasonId: formData.get('rejectionReasonId') ?? undefined,
    },
    schema: stageIntentSchema,
    fields: ['name', 'kind', 'targetStageId', 'rejectionReasonId'] satisfies StageField[],
    invalid: 'Nothing was changed. Check the fields marked.',
    unexpected: 'Something went wrong on our side and nothing was changed. Please try again.',
    act: async (actor, input) => {
      const result = await editStages(actor, input);
      if (result.ok) return result.jobId;
      const [message, field] = REFUSALS[result.reason];
      return refuse<StageField>(message, field ? { [field]: [message] } : undefined);
    },
    answer: (jobId, input) => {
      revalidatePath(`/dashboard/jobs/${jobId}`, 'layout');
      revalidatePath('/dashboard');
      return { status: 'success', message: DONE[input.intent] };
    },
  });
}

/** The job's own Reply-To for candidate emails (empty: the company's). */
export async function updateJobReplyToAction(_previous: ActionState<'replyToEmail'>, formData: FormData): Promise<ActionState<'replyToEmail'>> {
  return runAction({
    name: 'updateJobReplyToAction',
    input: { jobId: formData.get('jobId'), replyToEmail: formData.get('replyToEmail') ?? '' },
    schema: jobReplyToSchema,
    fields: ['replyToEmail'] as const,
    invalid: 'Nothing was saved.',
    act: async (actor, input) => ((await saveJobReplyTo(actor, input.jobId, input.replyToEmail)) ? input.jobId : refuse(STAGE_MESSAGES.notFound)),
    answer: (jobId) => {
      revalidatePath(`/dashboard/jobs/${jobId}/stages`);
      return { status: 'success', message: 'Saved.' };
    },
  });
}
