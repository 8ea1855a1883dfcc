// iCalendar invitations for interviews, built with ical-generator. One event per interview: its
// UID never changes, SEQUENCE grows with every reschedule, and a cancellation is METHOD:CANCEL
// of the same UID, so calendar programs update or remove the event they already hold.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export type CalendarMethod = 'REQUEST' | 'CANCEL';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface InterviewCalendarInput {
  method: CalendarMethod;
  uid: string;
  sequence: number;
  start: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** When this version of the event was made (DTSTAMP). */
  stamp?: Date;
}

/** The .ics text (CRLF lines, folded) for one interview, as a REQUEST or a CANCEL. */
export function buildInterviewCalendar(input: InterviewCalendarInput): string {
  const calendar = ical({
    prodId: { company: 'Portico', product: 'Interviews', language: 'EN' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp ?? new Date(),
    start: input.start,
    end: new Date(input.start.getTime() + input.durationMinutes * 60_000),
    summary: input.summary,
    description: input.description,
    location: input.location ?? (input.url ? input.url : null),
    url: input.url,
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: input.attendees.map((person) => ({
      name: person.name,
      email: person.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: input.method === 'REQUEST',
    })),
  });
  return calendar.toString();
}
