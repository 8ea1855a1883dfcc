import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { buildInterviewCalendar, type InterviewCalendarInput } from './calendar';

const base: InterviewCalendarInput = {
  method: 'REQUEST',
  uid: 'interview-42@portico.test',
  sequence: 0,
  start: new Date('2026-07-15T08:00:00Z'),
  durationMinutes: 45,
  summary: 'Technical interview: Backend Engineer',
  description: 'With Ada; bring questions, Semicolons; and, commas',
  location: 'Room 4, Main St. 1',
  url: 'https://meet.example.com/abc',
  organizer: { name: 'Acme Hiring', email: 'hiring@acme.test' },
  attendees: [
    { name: 'Grace Hopper', email: 'grace@example.com' },
    { name: 'Interviewer One', email: 'one@acme.test' },
  ],
};

// node-ical is a real parser: what it reads back is what a calendar program would.
function parse(text: string) {
  const data = ical.sync.parseICS(text);
  const event = Object.values(data).find((item) => item && item.type === 'VEVENT');
  if (!event || event.type !== 'VEVENT') throw new Error('no VEVENT');
  return { event, method: (data.vcalendar as { method?: string } | undefined)?.method };
}

describe('interview invitations', () => {
  it('builds a METHOD:REQUEST event with organizer and every attendee', () => {
    const text = buildInterviewCalendar(base);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('METHOD:REQUEST');
    const { event } = parse(text);
    expect(event.uid).toBe(base.uid);
    expect(Number(event.sequence)).toBe(0);
    expect(event.start.toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2026-07-15T08:45:00.000Z');
    expect(event.location).toBe('Room 4, Main St. 1');
    expect(event.description).toBe(base.description);
    const attendees = [event.attendee].flat().map((a) => (typeof a === 'string' ? a : (a?.val ?? '')).toLowerCase());
    expect(attendees).toEqual(['mailto:grace@example.com', 'mailto:one@acme.test']);
    const organizer = event.organizer as unknown as { val: string };
    expect(organizer.val.toLowerCase()).toBe('mailto:hiring@acme.test');
  });

  it('reschedules under the same UID with a higher SEQUENCE, and cancels with METHOD:CANCEL', () => {
    const moved = parse(buildInterviewCalendar({ ...base, sequence: 1, start: new Date('2026-07-16T09:00:00Z') }));
    expect(moved.event.uid).toBe(base.uid);
    expect(Number(moved.event.sequence)).toBe(1);
    const cancelText = buildInterviewCalendar({ ...base, method: 'CANCEL', sequence: 2 });
    expect(cancelText).toContain('METHOD:CANCEL');
    const cancelled = parse(cancelText);
    expect(cancelled.event.uid).toBe(base.uid);
    expect(cancelled.event.status).toBe('CANCELLED');
    expect(Number(cancelled.event.sequence)).toBe(2);
  });
});
