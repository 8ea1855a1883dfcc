import 'server-only';
import type { DbOrTx } from '@/db/client';
import { getInvitationData, getPeople, type InvitationData } from '@/db/queries/interview-reads';
import { env } from '@/lib/env';
import { enqueueEmail, type OutboxLink } from '@/lib/mail/outbox';
import { mailConfig } from '@/lib/mail/mailer';
import { candidateInterviewEmail, interviewerInterviewEmail, pickATimeEmail, type InterviewEmailContext, type InterviewEmailKind } from './invitation-emails';

/** The calendar's ORGANIZER address: the team's Reply-To, else the sender, else a no-reply on our host. */
export function emailContext(data: InvitationData): InterviewEmailContext {
  const sender = mailConfig()?.from.match(/<([^>]+)>/)?.[1] ?? mailConfig()?.from ?? null;
  return { appUrl: env.APP_URL, organizerEmail: data.company.replyTo ?? sender ?? `no-reply@${new URL(env.APP_URL).hostname}` };
}

// Interviewers' emails name the candidate too: all of them go with the candidate's data.
const aboutCandidate = (data: InvitationData): OutboxLink => ({ applicationIds: [data.applicationId], audience: 'candidate' });
const aboutForStaff = (data: InvitationData): OutboxLink => ({ applicationIds: [data.applicationId], audience: 'staff' });

/**
 * Queues the interview's emails in the caller's transaction: one to the candidate and one to
 * each interviewer (and a cancellation to each interviewer taken off it). Keyed by interview,
 * SEQUENCE and recipient, so one change never emails anyone twice. Returns how many were queued.
 */
export async function queueInterviewEmails(tx: DbOrTx, interviewId: number, kind: Exclude<InterviewEmailKind, 'reminder'>, removedInterviewerIds: string[] = []): Promise<number> {
  const data = await getInvitationData(interviewId, tx);
  if (!data) return 0;
  const context = emailContext(data);
  const key = (recipient: string) => `interview-${kind}:${data.id}:${data.sequence}:${recipient}`;
  let queued = 0;
  const candidate = candidateInterviewEmail(data, kind, context);
  if (candidate && (await enqueueEmail(tx, { kind: `interview-${kind}`, dedupeKey: key('candidate'), ...candidate, about: aboutCandidate(data) })).enqueued) queued++;
  for (const person of data.interviewers) {
    const message = interviewerInterviewEmail(data, person, kind, context);
    if (message && (await enqueueEmail(tx, { kind: `interview-${kind}`, dedupeKey: key(person.id), ...message, about: aboutForStaff(data) })).enqueued) queued++;
  }
  // Someone taken off a rescheduled interview gets the event removed from their calendar.
  for (const person of await getPeople(tx, removedInterviewerIds)) {
    const message = interviewerInterviewEmail({ ...data, interviewers: [...data.interviewers, person] }, person, 'cancel', context);
    if (message && (await enqueueEmail(tx, { kind: 'interview-cancel', dedupeKey: `interview-cancel:${data.id}:${data.sequence}:${person.id}`, ...message, about: aboutForStaff(data) })).enqueued) queued++;
  }
  return queued;
}

export async function queuePickATimeEmail(tx: DbOrTx, interviewId: number): Promise<boolean> {
  const data = await getInvitationData(interviewId, tx);
  const message = data ? pickATimeEmail(data) : null;
  if (!data || !message) return false;
  return (await enqueueEmail(tx, { kind: 'interview-pick', dedupeKey: `interview-pick:${data.id}:candidate`, ...message, about: aboutCandidate(data) })).enqueued;
}

/** The reminder to everyone, keyed by the start time: a moved interview is reminded again, never twice for one time. */
export async function queueInterviewReminders(tx: DbOrTx, interviewId: number): Promise<number> {
  const data = await getInvitationData(interviewId, tx);
  if (!data?.startsAt || data.status !== 'scheduled') return 0;
  const context = emailContext(data);
  const key = (recipient: string) => `interview-reminder:${data.id}:${data.startsAt!.getTime()}:${recipient}`;
  let queued = 0;
  const candidate = candidateInterviewEmail(data, 'reminder', context);
  if (candidate && (await enqueueEmail(tx, { kind: 'interview-reminder', dedupeKey: key('candidate'), ...candidate, about: aboutCandidate(data) })).enqueued) queued++;
  for (const person of data.interviewers) {
    const message = interviewerInterviewEmail(data, person, 'reminder', context);
    if (message && (await enqueueEmail(tx, { kind: 'interview-reminder', dedupeKey: key(person.id), ...message, about: aboutForStaff(data) })).enqueued) queued++;
  }
  return queued;
}
