import ical from 'node-ical';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureInterviewPlan } from '@/db/queries/interview-plans';
import { emailOutbox, interviewerBookings, interviews } from '@/db/schema';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { utcToWallTime } from '@/lib/time-zone';
import { cancelInterviewService, rescheduleInterviewService, scheduleInterview } from './schedule';

const { db, sql } = openTestDb();
let f: ReviewFixture;
let kindId: number;

// A wall-clock time `days` ahead, in the company's zone (the test users have no zone of their own).
async function wall(days: number, hour = 10): Promise<string> {
  const [row] = await sql<{ zone: string }[]>`select time_zone as zone from settings where id = 1`;
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return utcToWallTime(at, row!.zone);
}

const input = async (days: number, overrides: Record<string, unknown> = {}) => ({
  applicationId: f.applicationId,
  interviewKindId: kindId,
  startsAt: await wall(days),
  durationMinutes: 60,
  location: 'Room 1',
  videoUrl: null,
  interviewerNotes: 'Ask about caching',
  interviewerIds: [f.onTeam.id],
  ...overrides,
});

const outboxFor = (interviewId: number) => db.select().from(emailOutbox).where(like(emailOutbox.dedupeKey, `interview-%:${interviewId}:%`)).orderBy(emailOutbox.id);

function eventOf(ics: string) {
  const parsed = ical.sync.parseICS(ics);
  const event = Object.values(parsed).find((item) => item?.type === 'VEVENT');
  if (!event || event.type !== 'VEVENT') throw new Error('no event');
  return { event, method: (parsed.vcalendar as { method?: string } | undefined)?.method };
}

beforeAll(async () => {
  await ensureSettings(db);
  f = await createReviewFixture(db);
  kindId = (await ensureInterviewPlan(db, f.job.id)).kinds[0]!.id;
});
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

describe('scheduling an interview', () => {
  it('books the interviewers and queues invitations (REQUEST) to the candidate and each interviewer; reschedule and cancel keep the UID', async () => {
    const result = await scheduleInterview(f.onTeam, await input(3), db);
    if (!result.ok) throw new Error(result.message);
    const [row] = await db.select().from(interviews).where(eq(interviews.id, result.interviewId));
    expect(row).toMatchObject({ status: 'scheduled', sequence: 0, location: 'Room 1' });
    expect(await db.select().from(interviewerBookings).where(eq(interviewerBookings.interviewId, result.interviewId))).toHaveLength(1);

    const invites = await outboxFor(result.interviewId);
    expect(invites).toHaveLength(2);
    for (const email of invites) {
      const { event, method } = eventOf(email.calendarIcs!);
      expect(method).toBe('REQUEST');
      expect(event.uid).toBe(row!.uid);
      expect(Number(event.sequence)).toBe(0);
      expect(event.start.toISOString()).toBe(row!.startsAt!.toISOString());
    }
    const candidateMail = invites.find((e) => e.dedupeKey.endsWith(':candidate'))!;
    // The notes are for interviewers only.
    expect(candidateMail.text).not.toContain('caching');
    expect(invites.find((e) => !e.dedupeKey.endsWith(':candidate'))!.text).toContain('caching');

    const moved = await rescheduleInterviewService(f.onTeam, { interviewId: result.interviewId, ...(await input(4)) }, db);
    expect(moved.ok).toBe(true);
    const updates = (await outboxFor(result.interviewId)).filter((e) => e.kind === 'interview-update');
    expect(updates).toHaveLength(2);
    const updated = eventOf(updates[0]!.calendarIcs!);
    expect([updated.event.uid, Number(updated.event.sequence), updated.method]).toEqual([row!.uid, 1, 'REQUEST']);

    const cancelled = await cancelInterviewService(f.onTeam, result.interviewId, db);
    expect(cancelled.ok).toBe(true);
    const cancels = (await outboxFor(result.interviewId)).filter((e) => e.kind === 'interview-cancel');
    expect(cancels).toHaveLength(2);
    const cancel = eventOf(cancels[0]!.calendarIcs!);
    expect([cancel.event.uid, Number(cancel.event.sequence), cancel.method, cancel.event.status]).toEqual([row!.uid, 2, 'CANCEL', 'CANCELLED']);
    expect(await db.select().from(interviewerBookings).where(eq(interviewerBookings.interviewId, result.interviewId))).toHaveLength(0);
  });

  it('refuses an off-team user, an interviewer not on the team, and a time in the past, writing nothing', async () => {
    const before = (await db.select().from(interviews).where(eq(interviews.applicationId, f.applicationId))).length;
    expect(await scheduleInterview(f.offTeam, await input(5), db)).toMatchObject({ ok: false, message: expect.stringContaining('Not found') });
    expect(await scheduleInterview(f.onTeam, await input(5, { interviewerIds: [f.offTeam.id] }), db)).toMatchObject({ ok: false, fieldErrors: { interviewerIds: [expect.stringContaining('hiring team')] } });
    expect(await scheduleInterview(f.onTeam, await input(-1), db)).toMatchObject({ ok: false, fieldErrors: { startsAt: ['Choose a time in the future'] } });
    // Admins are on no team but may schedule; their interviewers must still be on the team.
    expect(await scheduleInterview(f.admin, await input(5, { interviewerIds: [f.admin.id] }), db)).toMatchObject({ ok: false, fieldErrors: { interviewerIds: [expect.any(String)] } });
    expect((await db.select().from(interviews).where(eq(interviews.applicationId, f.applicationId))).length).toBe(before);
  });

  it('never books one interviewer twice: overlapping requests made at once, one wins', async () => {
    await addToHiringTeam(db, f.job.id, f.admin);
    for (let round = 0; round < 3; round++) {
      const day = 10 + round;
      const a = await input(day, { interviewerIds: [f.admin.id] });
      const b = { ...a, startsAt: a.startsAt.replace(/T10:00$/, 'T10:30') };
      const results = await Promise.all([scheduleInterview(f.onTeam, a, db), scheduleInterview(f.onTeam, b, db)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ fieldErrors: { interviewerIds: [expect.stringContaining('Already booked')] } });
    }
  });
});

describe('the exclusion constraint itself', () => {
  it('refuses the second of two truly concurrent overlapping bookings (the first holds its insert open)', async () => {
    const result = await scheduleInterview(f.onTeam, await input(20), db);
    if (!result.ok) throw new Error(result.message);
    const [user] = await sql<{ id: string }[]>`select id from users where id = ${f.offTeam.id}`;
    const range = `[${new Date(Date.now() + 30 * 86_400_000).toISOString()},${new Date(Date.now() + 30 * 86_400_000 + 3_600_000).toISOString()})`;
    const overlapping = `[${new Date(Date.now() + 30 * 86_400_000 + 1_800_000).toISOString()},${new Date(Date.now() + 30 * 86_400_000 + 5_400_000).toISOString()})`;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
    const first = sql.begin(async (tx) => {
      await tx`insert into interviewer_bookings (user_id, during, interview_id) values (${user!.id}, ${range}::tstzrange, ${result.interviewId})`;
      firstInserted();
      await held;
    });
    await inserted;
    // The second waits on the first's uncommitted row, then fails once it commits.
    const second = sql.begin((tx) => tx`insert into interviewer_bookings (user_id, during, interview_id) values (${user!.id}, ${overlapping}::tstzrange, ${result.interviewId})`);
    const outcome = second.then(() => 'inserted', (error: { code?: string }) => error.code);
    await new Promise((r) => setTimeout(r, 200));
    release();
    await first;
    expect(await outcome).toBe('23P01');
    const rows = await sql`select 1 from interviewer_bookings where user_id = ${user!.id}`;
    expect(rows).toHaveLength(1);
  });
});

describe('reminders', () => {
  it('queue once per interview and recipient, however often the worker runs', async () => {
    const { sendInterviewReminders } = await import('./reminders');
    const soon = new Date(Date.now() + 2 * 3_600_000);
    const result = await scheduleInterview(f.onTeam, { ...(await input(1)), startsAt: utcToWallTime(soon, (await sql<{ zone: string }[]>`select time_zone as zone from settings where id = 1`)[0]!.zone) }, db);
    if (!result.ok) throw new Error(result.message);
    await sendInterviewReminders(new Date(), 24, db);
    await sendInterviewReminders(new Date(), 24, db);
    const reminders = (await outboxFor(result.interviewId)).filter((e) => e.kind === 'interview-reminder');
    expect(reminders.map((e) => e.dedupeKey.split(':').at(-1)).sort()).toEqual([f.onTeam.id, 'candidate'].sort());
  });
});
