// Moving applicants between stages: one schema for the forms and the actions (client-safe).
import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { reasonMissing } from '@/lib/domain/stage-moves';

// The rule lives in lib/domain, where the queries can reach it too; forms import it from here.
export { reasonMissing };

export const REASON_MAX = 1000;
export const REASON_REQUIRED_MESSAGE = 'Choose a reason for rejecting this applicant';
export const REASON_TOO_LONG_MESSAGE = `Keep the reason under ${REASON_MAX.toLocaleString('en-US')} characters`;
export const BULK_MOVE_MAX = 200;

const id = (message: string) => z.coerce.number({ message }).int(message).positive(message).max(2_147_483_647, message);

// FormData sends "" for an empty textarea; an absent reason and a blank one mean the same.
const reason = z
  .string()
  .trim()
  .max(REASON_MAX, REASON_TOO_LONG_MESSAGE)
  .optional()
  .transform((s) => s || undefined);

// The reason from the admins' list: '' (or no field) means none chosen.
const rejectionReasonId = z
  .string()
  .trim()
  .optional()
  .transform((s) => s || undefined)
  .pipe(z.string().regex(/^[1-9]\d{0,9}$/, REASON_REQUIRED_MESSAGE).transform(Number).pipe(z.number().max(2_147_483_647, REASON_REQUIRED_MESSAGE)).optional());

export const EMAIL_TEMPLATE_CHOICE_MESSAGE = 'Choose one of the email templates, or “No email”';

// The move forms' "Send email" select: '' (or no field at all) means no email.
const emailTemplate = z
  .string()
  .trim()
  .optional()
  .transform((s) => s || undefined)
  .pipe(z.string().max(80, EMAIL_TEMPLATE_CHOICE_MESSAGE).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, EMAIL_TEMPLATE_CHOICE_MESSAGE).optional());

export const stageMoveSchema = z.object({
  applicationId: id('This applicant could not be found'),
  stageId: id('Choose a stage'),
  /** The stage the person saw: a move made meanwhile by someone else is refused, not overwritten. */
  expectedStageId: id('Reload the page and try again'),
  reason,
  rejectionReasonId,
  emailTemplate,
});
export type StageMoveInput = z.infer<typeof stageMoveSchema>;

/**
 * A move's answer. A refusal also carries the stage and details the person chose, so a form
 * re-rendered by the server (no JavaScript) shows their choice back with the error.
 */
export type StageMoveState = ActionState<StageMoveField> & { chosen?: { stageId?: string; reason?: string } };

export const bulkMoveSchema = z.object({
  jobId: id('This job could not be found'),
  applicationIds: z
    .array(id('Choose applicants from the list'))
    .min(1, 'Select at least one applicant')
    .max(BULK_MOVE_MAX, `Select at most ${BULK_MOVE_MAX} applicants at a time`)
    .transform((ids) => [...new Set(ids)]),
  stageId: id('Choose a stage'),
  reason,
  rejectionReasonId,
  emailTemplate,
});
export const stageEmailPreviewSchema = z.object({
  applicationId: id('This applicant could not be found'),
  emailTemplate: z.string().max(80, EMAIL_TEMPLATE_CHOICE_MESSAGE).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, EMAIL_TEMPLATE_CHOICE_MESSAGE),
});

export type BulkMoveInput = z.infer<typeof bulkMoveSchema>;

/** The move forms' fields, for ActionState.fieldErrors. */
export type StageMoveField = 'stageId' | 'reason' | 'rejectionReasonId' | 'emailTemplate';
export type BulkMoveField = 'applicationIds' | StageMoveField;

/** The preview of the email a move would queue, or why there is none. */
export type StageEmailPreviewResult =
  | { status: 'success'; email: { to: string; subject: string; text: string } }
  | { status: 'error'; message: string };

