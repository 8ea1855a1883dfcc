import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/db/queries/access';
import { ensureInterviewPlan } from '@/db/queries/interview-plans';
import { cancelInterview, createInterview, createSelfScheduleRequest, rescheduleInterview, type InterviewRefusal } from '@/db/queries/interviews';
import { getTimeZones } from '@/db/queries/time-zones';
import { inTransaction } from '@/db/queries/transaction';
import type { DbOrTx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { env } from '@/lib/env';
import { wallTimeToUtc } from '@/lib/time-zone';
import { INTERVIEW_MESSAGES, type RescheduleInterviewInput, type ScheduleInterviewField, type ScheduleInterviewInput } from '@/lib/validations/interview';
import { queueInterviewEmails, queuePickATimeEmail } from './send-invitations';

export type ScheduleOutcome =
  | { ok: true; interviewId: number; applicationId: number; jobId: number; emails: number }
  | { ok: false; message: string; fieldErrors?: Partial<Record<ScheduleInterviewField, string[]>> };

/** The iCalendar UID: random, on our host, stable for the life of the interview. */
export function newInterviewUid(): string {
  return `${randomUUID()}@${new URL(env.APP_URL).hostname}`;
}

/** The scheduler types times in their own zone (their setting, else the company's). */
export async function startFor(actor: Actor, wallTime: string, now: Date = new Date()): Promise<{ at: Date } | { error: string }> {
  const zones = await getTimeZones(actor.id);
  const at = wallTimeToUtc(wallTime, zones.user ?? zones.company);
  if (!at) return { error: INTERVIEW_MESSAGES.startsAt };
  if (at.getTime() <= now.getTime()) return { error: INTERVIEW_MESSAGES.past };
  return { at };
}

function refusal(reason: InterviewRefusal): ScheduleOutcome {
  switch (reason) {
    case 'not-found':
      return { ok: false, message: INTERVIEW_MESSAGES.notFound };
    case 'invalid-kind':
      return { ok: false, message: INTERVIEW_MESSAGES.checkFields, fieldErrors: { interviewKindId: [INTERVIEW_MESSAGES.kind] } };
    case 'not-on-team':
      return { ok: false, message: INTERVIEW_MESSAGES.checkFields, fieldErrors: { interviewerIds: [INTERVIEW_MESSAGES.notOnTeam] } };
    case 'interviewer-busy':
      return { ok: false, message: INTERVIEW_MESSAGES.checkFields, fieldErrors: { interviewerIds: [`${INTERVIEW_MESSAGES.busy}: choose another time or other interviewers`] } };
    case 'not-scheduled':
      return { ok: false, message: INTERVIEW_MESSAGES.notScheduled };
  }
}

/** Ids only in the audit log: the notes and places are people's words, kept on the interview. */
const auditTimes = (startsAt: Date, durationMinutes: number, interviewerIds: string[]) => ({ startsAt: startsAt.toISOString(), durationMinutes, interviewerIds });

export async function scheduleInterview(actor: Actor, input: ScheduleInterviewInput, conn?: DbOrTx): Promise<ScheduleOutcome> {
  const start = await startFor(actor, input.startsAt);
  if ('error' in start) return { ok: false, message: INTERVIEW_MESSAGES.checkFields, fieldErrors: { startsAt: [start.error] } };
  return inTransaction(async (tx) => {
    const result = await createInterview(tx, actor, { ...input, startsAt: start.at, uid: newInterviewUid() });
    if (!result.ok) return refusal(result.reason);
    const emails = await queueInterviewEmails(tx, result.interviewId, 'invite');
    await recordAudit(tx, { actor, action: 'interview.scheduled', entityType: 'interview', entityId: result.interviewId, after: { applicationId: result.applicationId, interviewKindId: input.interviewKindId, ...auditTimes(start.at, input.durationMinutes, input.interviewerIds) } });
    return { ok: true, interviewId: result.interviewId, applicationId: result.applicationId, jobId: result.jobId, emails };
  }, conn);
}

export async function rescheduleInterviewService(actor: Actor, input: RescheduleInterviewInput, conn?: DbOrTx): Promise<ScheduleOutcome> {
  const start = await startFor(actor, input.startsAt);
  if ('error' in start) return { ok: false, message: INTERVIEW_MESSAGES.checkFields, fieldErrors: { startsAt: [start.error] } };
  return inTransaction(async (tx) => {
    const result = await rescheduleInterview(tx, actor, input.interviewId, { ...input, startsAt: start.at });
    if (!result.ok) return refusal(result.reason);
    const emails = await queueInterviewEmails(tx, result.interviewId, 'update', result.removedInterviewerIds);
    await recordAudit(tx, { actor, action: 'interview.rescheduled', entityType: 'interview', entityId: result.interviewId, after: auditTimes(start.at, input.durationMinutes, input.interviewerIds) });
    return { ok: true, interviewId: result.interviewId, applicationId: result.applicationId, jobId: result.jobId, emails };
  }, conn);
}

export async function cancelInterviewService(actor: Actor, interviewId: number, conn?: DbOrTx): Promise<ScheduleOutcome> {
  return inTransaction(async (tx) => {
    const result = await cancelInterview(tx, actor, interviewId);
    if (!result.ok) return refusal(result.reason);
    // A request nobody booked yet has no calendar event to remove.
    const emails = result.previous === 'scheduled' ? await queueInterviewEmails(tx, interviewId, 'cancel') : 0;
    await recordAudit(tx, { actor, action: 'interview.cancelled', entityType: 'interview', entityId: interviewId, before: { status: result.previous }, after: { status: 'cancelled' } });
    return { ok: true, interviewId, applicationId: result.applicationId, jobId: result.jobId, emails };
  }, conn);
}

/** Asks the candidate to pick one of the slots offered for this kind (the kinds plan is made if missing). */
export async function requestSelfScheduling(actor: Actor, input: { applicationId: number; interviewKindId: number }, conn?: DbOrTx): Promise<ScheduleOutcome> {
  return inTransaction(async (tx) => {
    const result = await createSelfScheduleRequest(tx, actor, { ...input, uid: newInterviewUid() });
    if (!result.ok) return refusal(result.reason);
    const emailed = await queuePickATimeEmail(tx, result.interviewId);
    await recordAudit(tx, { actor, action: 'interview.requested', entityType: 'interview', entityId: result.interviewId, after: { applicationId: result.applicationId, interviewKindId: input.interviewKindId } });
    return { ok: true, interviewId: result.interviewId, applicationId: result.applicationId, jobId: result.jobId, emails: emailed ? 1 : 0 };
  }, conn);
}

/** The current kinds of a job for the scheduling forms (version 1 from the defaults on first use). */
export function interviewKindsForJob(jobId: number, conn?: DbOrTx) {
  return inTransaction((tx) => ensureInterviewPlan(tx, jobId), conn);
}
