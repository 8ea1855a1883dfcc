import 'server-only';
import type { Actor } from '@/db/queries/access';
import { createSlot, deleteOpenSlot } from '@/db/queries/interview-slots';
import { inTransaction } from '@/db/queries/transaction';
import type { DbOrTx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { INTERVIEW_MESSAGES, type ScheduleInterviewField, type SlotFormInput } from '@/lib/validations/interview';
import { startFor } from './schedule';

export type SlotOutcome = { ok: true; jobId: number } | { ok: false; message: string; fieldErrors?: Partial<Record<ScheduleInterviewField, string[]>> };

/** Offers one time for candidates of the job to pick, holding its interviewers' time. */
export async function offerSlot(actor: Actor, input: SlotFormInput, conn?: DbOrTx): Promise<SlotOutcome> {
  const start = await startFor(actor, input.startsAt);
  if ('error' in start) return { ok: false, message: INTERVIEW_MESSAGES.checkFields, fieldErrors: { startsAt: [start.error] } };
  return inTransaction(async (tx) => {
    const result = await createSlot(tx, actor, { ...input, startsAt: start.at });
    if (!result.ok) {
      if (result.reason === 'not-found') return { ok: false, message: INTERVIEW_MESSAGES.notFound };
      if (result.reason === 'invalid-kind') return { ok: false, message: INTERVIEW_MESSAGES.checkFields, fieldErrors: { interviewKindId: [INTERVIEW_MESSAGES.kind] } };
      if (result.reason === 'not-on-team') return { ok: false, message: INTERVIEW_MESSAGES.checkFields, fieldErrors: { interviewerIds: [INTERVIEW_MESSAGES.notOnTeam] } };
      return { ok: false, message: INTERVIEW_MESSAGES.checkFields, fieldErrors: { interviewerIds: [`${INTERVIEW_MESSAGES.busy}: choose another time or other interviewers`] } };
    }
    await recordAudit(tx, { actor, action: 'interview_slot.offered', entityType: 'interview_slot', entityId: result.slotId, after: { jobId: input.jobId, interviewKindId: input.interviewKindId, startsAt: start.at.toISOString(), durationMinutes: input.durationMinutes, interviewerIds: input.interviewerIds } });
    return { ok: true, jobId: input.jobId };
  }, conn);
}

export async function withdrawSlot(actor: Actor, slotId: number, conn?: DbOrTx): Promise<SlotOutcome> {
  return inTransaction(async (tx) => {
    const result = await deleteOpenSlot(tx, actor, slotId);
    if (!result.ok || result.jobId === undefined) return { ok: false, message: 'This time is taken or no longer offered.' };
    await recordAudit(tx, { actor, action: 'interview_slot.withdrawn', entityType: 'interview_slot', entityId: slotId });
    return { ok: true, jobId: result.jobId };
  }, conn);
}
