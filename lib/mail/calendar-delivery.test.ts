import { randomUUID } from 'node:crypto';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInterviewCalendar } from '@/lib/interviews/calendar';
import { openTestDb } from '@/tests/helpers/apply';
import { startTestSmtpServer, type TestSmtpServer } from '@/tests/helpers/smtp';
import { smtpDeliver } from './deliver';
import { drainOutbox } from './drain-outbox';
import { enqueueEmail } from './outbox';

// An invitation goes through the outbox like any email and arrives with its calendar twice: as
// the text/calendar alternative calendar programs act on, and as an invite.ics attachment.
const { db, sql } = openTestDb();
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await sql.end();
});

describe('an outbox email with a calendar invitation', () => {
  it('arrives with a text/calendar part and an .ics attachment that parse, and with its Reply-To', async () => {
    const key = `calendar-test:${randomUUID()}`;
    const uid = `${randomUUID()}@portico.test`;
    const ics = buildInterviewCalendar({
      method: 'REQUEST',
      uid,
      sequence: 3,
      start: new Date('2026-07-15T08:00:00Z'),
      durationMinutes: 30,
      summary: 'Phone screen',
      description: 'A call',
      location: null,
      url: 'https://meet.example.com/x',
      organizer: { name: 'Acme', email: 'hiring@acme.test' },
      attendees: [{ name: 'Grace', email: 'grace@example.com' }],
    });
    await db.transaction((tx) =>
      enqueueEmail(tx, { kind: 'calendar-test', dedupeKey: key, to: 'grace@example.com', subject: key, html: '<p>hi</p>', text: 'hi', calendar: { method: 'REQUEST', ics }, replyTo: 'talent@acme.test' }),
    );
    await drainOutbox(db, smtpDeliver({ smtpUrl: smtp.url, from: 'Portico <jobs@example.com>' }), { onlyDedupeKeys: [key] });
    const message = smtp.messages.find((m) => m.subject === key);
    expect(message).toBeDefined();
    expect(message!.replyTo?.text).toBe('talent@acme.test');
    const attachment = message!.attachments.find((a) => a.filename === 'invite.ics');
    expect(attachment).toBeDefined();
    // mailparser hands the text/calendar alternative over as an attachment too.
    const calendarPart = message!.attachments.find((a) => a.contentType === 'text/calendar');
    expect(calendarPart).toBeDefined();
    for (const part of [attachment!, calendarPart!]) {
      const parsed = ical.sync.parseICS(part.content.toString('utf8'));
      const event = Object.values(parsed).find((item) => item?.type === 'VEVENT');
      expect(event && event.type === 'VEVENT' ? [event.uid, Number(event.sequence)] : null).toEqual([uid, 3]);
      expect((parsed.vcalendar as { method?: string } | undefined)?.method).toBe('REQUEST');
    }
  });
});
