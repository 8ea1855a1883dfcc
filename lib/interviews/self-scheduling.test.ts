import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureInterviewPlan } from '@/db/queries/interview-plans';
import { createSlot } from '@/db/queries/interview-slots';
import { applications, emailOutbox, interviewerBookings, interviews, interviewSlots } from '@/db/schema';
import { createStatusToken } from '@/lib/applications/status-token';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { applyTo, createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { candidateInterviews, pickSlotWithToken } from './candidate';
import { requestSelfScheduling } from './schedule';

const { db, sql } = openTestDb();
let f: ReviewFixture;
let kindId: number;

async function candidateWithToken(): Promise<{ applicationId: number; token: string }> {
  const applicationId = await applyTo(db, f.job.id);
  const { token, hash } = createStatusToken();
  await db.update(applications).set({ statusTokenHash: hash }).where(eq(applications.id, applicationId));
  return { applicationId, token };
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

describe('self-scheduling', () => {
  it('two candidates, one slot, picking at once: one books it, the other is told it is taken', async () => {
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    const slot = await db.transaction((tx) => createSlot(tx, f.onTeam, { jobId: f.job.id, interviewKindId: kindId, startsAt, durationMinutes: 30, location: null, videoUrl: 'https://meet.example.com/slot', interviewerIds: [f.onTeam.id] }));
    if (!slot.ok) throw new Error(slot.reason);
    // The slot holds its interviewer's time already.
    expect(await db.select().from(interviewerBookings).where(eq(interviewerBookings.slotId, slot.slotId))).toHaveLength(1);

    const a = await candidateWithToken();
    const b = await candidateWithToken();
    const requests = [];
    for (const c of [a, b]) {
      const request = await requestSelfScheduling(f.onTeam, { applicationId: c.applicationId, interviewKindId: kindId }, db);
      if (!request.ok) throw new Error(request.message);
      requests.push(request.interviewId);
      // Both see the free slot on their status page.
      expect((await candidateInterviews(c.token))?.openSlots.map((s) => s.id)).toContain(slot.slotId);
    }

    const outcomes = await Promise.all([
      pickSlotWithToken(a.token, { interviewId: requests[0]!, slotId: slot.slotId }, db),
      pickSlotWithToken(b.token, { interviewId: requests[1]!, slotId: slot.slotId }, db),
    ]);
    expect(outcomes.sort()).toEqual(['picked', 'taken']);

    const [taken] = await db.select().from(interviewSlots).where(eq(interviewSlots.id, slot.slotId));
    const winningInterview = taken!.interviewId!;
    expect(requests).toContain(winningInterview);
    const [booked] = await db.select().from(interviews).where(eq(interviews.id, winningInterview));
    expect(booked).toMatchObject({ status: 'scheduled', durationMinutes: 30, videoUrl: 'https://meet.example.com/slot' });
    expect(booked!.startsAt!.toISOString()).toBe(startsAt.toISOString());
    // The slot's held booking became the interview's; the invitations were queued.
    expect(await db.select().from(interviewerBookings).where(eq(interviewerBookings.interviewId, winningInterview))).toHaveLength(1);
    expect(await db.select().from(emailOutbox).where(like(emailOutbox.dedupeKey, `interview-invite:${winningInterview}:%`))).toHaveLength(2);

    // The slot is gone for the other candidate, whose interview still waits.
    const loser = [a, b].find((c) => c.applicationId !== booked!.applicationId)!;
    expect((await candidateInterviews(loser.token))?.openSlots).toEqual([]);
  });

  it('refuses a slot of another job or kind, and an unknown token', async () => {
    const c = await candidateWithToken();
    const request = await requestSelfScheduling(f.onTeam, { applicationId: c.applicationId, interviewKindId: kindId }, db);
    if (!request.ok) throw new Error(request.message);
    const otherKind = (await ensureInterviewPlan(db, f.job.id)).kinds[1]!.id;
    const other = await db.transaction((tx) => createSlot(tx, f.onTeam, { jobId: f.job.id, interviewKindId: otherKind, startsAt: new Date(Date.now() + 9 * 86_400_000), durationMinutes: 30, location: 'Room 9', videoUrl: null, interviewerIds: [f.onTeam.id] }));
    if (!other.ok) throw new Error(other.reason);
    expect(await pickSlotWithToken(c.token, { interviewId: request.interviewId, slotId: other.slotId }, db)).toBe('taken');
    expect(await pickSlotWithToken(createStatusToken().token, { interviewId: request.interviewId, slotId: other.slotId }, db)).toBe('not-found');
    // An off-team manager cannot offer slots on the job.
    const refused = await db.transaction((tx) => createSlot(tx, f.offTeam, { jobId: f.job.id, interviewKindId: kindId, startsAt: new Date(Date.now() + 9 * 86_400_000), durationMinutes: 30, location: 'x', videoUrl: null, interviewerIds: [f.offTeam.id] }));
    expect(refused).toEqual({ ok: false, reason: 'not-found' });
  });
});
