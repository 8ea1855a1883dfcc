// The stage editor's forms (one action, told what to do by the button pressed). Client-safe.
import { z } from 'zod';
import { STAGE_KINDS } from '@/lib/domain/job-enums';

export const STAGE_MESSAGES = {
  name: 'Give the stage a name of 1 to 60 characters',
  kind: 'Choose what kind of stage this is',
  duplicateName: 'Another stage of this job has that name',
  needsApplied: 'Keep at least one stage of kind Applied: new applications land there',
  needsRejected: 'Keep at least one stage of kind Rejected: every rejection goes there',
  invalidTarget: 'Choose another stage of this job for its applicants',
  reasonRequired: 'Moving applicants to a rejected stage needs a rejection reason',
  notFound: 'Not found: this stage does not exist, or you may not edit this job’s stages.',
} as const;

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const stageFieldsSchema = z.object({
  name: z.string({ message: STAGE_MESSAGES.name }).trim().min(1, STAGE_MESSAGES.name).max(60, STAGE_MESSAGES.name),
  kind: z.enum(STAGE_KINDS, { message: STAGE_MESSAGES.kind }),
});
export const stageIntentSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('add'), jobId: id }).extend(stageFieldsSchema.shape),
  z.object({ intent: z.literal('save'), stageId: id }).extend(stageFieldsSchema.shape),
  z.object({ intent: z.enum(['up', 'down']), stageId: id }),
  z.object({ intent: z.literal('reorder'), jobId: id, order: z.array(id).min(1).max(50) }),
  z.object({
    intent: z.literal('remove'),
    stageId: id,
    targetStageId: z.coerce.number({ message: STAGE_MESSAGES.invalidTarget }).int().positive(STAGE_MESSAGES.invalidTarget),
    rejectionReasonId: z.preprocess((v) => (v === '' || v === null ? undefined : v), id.optional()),
  }),
]);
export type StageIntent = z.infer<typeof stageIntentSchema>;
export type StageField = 'name' | 'kind' | 'targetStageId' | 'rejectionReasonId';
