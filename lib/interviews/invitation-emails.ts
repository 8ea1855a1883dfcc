import 'server-only';
import type { InterviewPerson, InvitationData } from '@/db/queries/interview-reads';
import { escapeHtml } from '@/lib/escape';
import type { OutboxMessage } from '@/lib/mail/outbox';
import { formatInZone } from '@/lib/time-zone';
import { buildInterviewCalendar, type CalendarMethod, type CalendarPerson } from './calendar';

// The emails around one interview: the invitation (or its update), the cancellation and the
// reminder, to the candidate and to each interviewer, each with the same calendar event. The
// candidate's never carry the notes for interviewers. Everything typed by people is escaped.

export type InterviewEmailKind = 'invite' | 'update' | 'cancel' | 'reminder';

export interface InterviewEmailContext {
  appUrl: string;
  /** The calendar's ORGANIZER: the team's reply-to address, or the sender's. */
  organizerEmail: string;
}

const personName = (person: InterviewPerson) => person.name ?? person.email;

function whereText(data: InvitationData): string[] {
  return [data.location ? `Where: ${data.location}` : null, data.videoUrl ? `Video link: ${data.videoUrl}` : null].filter((line): line is string => line !== null);
}

function calendarFor(data: InvitationData, method: CalendarMethod, context: InterviewEmailContext, forCandidate: boolean): string {
  if (!data.startsAt) throw new Error('An interview without a time has no calendar event');
  const attendees: CalendarPerson[] = [
    ...(data.candidate.purged ? [] : [{ name: `${data.candidate.firstName} ${data.candidate.lastName}`, email: data.candidate.email }]),
    ...data.interviewers.map((person) => ({ name: personName(person), email: person.email })),
  ];
  const description = forCandidate
    ? `${data.kindName} for ${data.jobTitle} at ${data.company.name}.`
    : [`${data.kindName} with ${data.candidate.firstName} ${data.candidate.lastName} for ${data.jobTitle}.`, `${context.appUrl}/dashboard/applications/${data.applicationId}`, data.interviewerNotes ? `Notes: ${data.interviewerNotes}` : ''].filter(Boolean).join('\n\n');
  return buildInterviewCalendar({
    method,
    uid: data.uid,
    sequence: data.sequence,
    start: data.startsAt,
    durationMinutes: data.durationMinutes,
    summary: forCandidate ? `${data.kindName}: ${data.jobTitle} at ${data.company.name}` : `${data.kindName}: ${data.candidate.firstName} ${data.candidate.lastName} (${data.jobTitle})`,
    description,
    location: data.location,
    url: data.videoUrl,
    organizer: { name: data.company.name, email: context.organizerEmail },
    attendees,
  });
}

const SUBJECT: Record<InterviewEmailKind, string> = { invite: 'Interview', update: 'Interview moved', cancel: 'Interview cancelled', reminder: 'Reminder: interview' };
const LEAD: Record<InterviewEmailKind, string> = {
  invite: 'You are invited to an interview.',
  update: 'Your interview has changed. The calendar event is updated.',
  cancel: 'This interview is cancelled. The calendar event is removed.',
  reminder: 'A reminder of your interview.',
};

function render(lines: string[]): { text: string; html: string } {
  return { text: `${lines.join('\n')}\n`, html: lines.map((line) => (line ? `<p>${escapeHtml(line)}</p>` : '')).join('\n') };
}

/** The candidate's email; null when their personal data was purged (nobody to write to). */
export function candidateInterviewEmail(data: InvitationData, kind: InterviewEmailKind, context: InterviewEmailContext): Omit<OutboxMessage, 'dedupeKey' | 'kind'> | null {
  if (data.candidate.purged || !data.startsAt) return null;
  const when = formatInZone(data.startsAt, data.company.timeZone);
  const lines = [
    `Hello ${data.candidate.firstName},`,
    '',
    LEAD[kind],
    '',
    `${data.kindName} for ${data.jobTitle} at ${data.company.name}`,
    `When: ${when}, ${data.durationMinutes} minutes`,
    ...whereText(data),
    '',
    'Your private status link (in the email we sent when you applied) shows this interview in your own time zone.',
    '',
    `— ${data.company.name}`,
  ];
  return {
    to: data.candidate.email,
    subject: `${SUBJECT[kind]}: ${data.kindName} for ${data.jobTitle}`,
    ...render(lines),
    calendar: kind === 'reminder' ? null : { method: kind === 'cancel' ? 'CANCEL' : 'REQUEST', ics: calendarFor(data, kind === 'cancel' ? 'CANCEL' : 'REQUEST', context, true) },
    replyTo: data.company.replyTo,
  };
}

/** One interviewer's email, with the time in their own zone and the notes for interviewers. */
export function interviewerInterviewEmail(data: InvitationData, person: InterviewPerson, kind: InterviewEmailKind, context: InterviewEmailContext): Omit<OutboxMessage, 'dedupeKey' | 'kind'> | null {
  if (!data.startsAt) return null;
  const zone = person.timeZone ?? data.company.timeZone;
  const candidate = `${data.candidate.firstName} ${data.candidate.lastName}`;
  const lines = [
    `Hello ${personName(person)},`,
    '',
    LEAD[kind],
    '',
    `${data.kindName} with ${candidate} for ${data.jobTitle}`,
    `When: ${formatInZone(data.startsAt, zone)}, ${data.durationMinutes} minutes`,
    ...whereText(data),
    ...(data.interviewerNotes && kind !== 'cancel' ? ['', `Notes for interviewers: ${data.interviewerNotes}`] : []),
    '',
    `The applicant: ${context.appUrl}/dashboard/applications/${data.applicationId}`,
    ...(kind === 'cancel' ? [] : ['After the interview, submit your scorecard from the applicant page.']),
  ];
  return {
    to: person.email,
    subject: `${SUBJECT[kind]}: ${data.kindName} with ${candidate}`,
    ...render(lines),
    calendar: kind === 'reminder' ? null : { method: kind === 'cancel' ? 'CANCEL' : 'REQUEST', ics: calendarFor(data, kind === 'cancel' ? 'CANCEL' : 'REQUEST', context, false) },
  };
}

/** "Please pick a time": the self-scheduling request to the candidate. */
export function pickATimeEmail(data: InvitationData): Omit<OutboxMessage, 'dedupeKey' | 'kind'> | null {
  if (data.candidate.purged) return null;
  const lines = [
    `Hello ${data.candidate.firstName},`,
    '',
    `We would like to invite you to a ${data.kindName} for ${data.jobTitle} at ${data.company.name}.`,
    '',
    'Please pick a time that suits you: open your private status link (in the email we sent when you applied) and choose one of the times offered there. A calendar invitation follows as soon as you have picked.',
    '',
    `— ${data.company.name}`,
  ];
  return { to: data.candidate.email, subject: `Pick a time: ${data.kindName} for ${data.jobTitle}`, ...render(lines), replyTo: data.company.replyTo };
}

/** The calendar file the candidate downloads from the status page (a REQUEST of the current version). */
export function candidateCalendarFile(data: InvitationData, context: InterviewEmailContext): string {
  return calendarFor(data, 'REQUEST', context, true);
}
