import 'server-only';
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, interviewerBookings, interviewInterviewers, interviewKinds, interviews, interviewSlotInterviewers, interviewSlots, users } from '@/db/schema';
import { canAccessJob, type Actor } from './access';
import { currentKindOfJob } from './interview-plans';
import { bookingRange, busyInterviewers, insertBookings, teamMembersAmong } from './interviews';

// Self-scheduling: the team offers slots per job and interview kind, each holding its
// interviewers' time (bookings with slot_id), and a candidate takes one from their status page.

export interface SlotInput {
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  interviewerIds: string[];
}

export type CreateSlotResult = { ok: true; slotId: number } | { ok: false; reason: 'not-found' | 'invalid-kind' | 'not-on-team' | 'interviewer-busy'; busy?: string[] };

export async function createSlot(tx: DbOrTx, actor: Actor, input: SlotInput & { jobId: number; interviewKindId: number }): Promise<CreateSlotResult> {
  if (!(await canAccessJob(actor, input.jobId, tx))) return { ok: false, reason: 'not-found' };
  if (!(await currentKindOfJob(tx, input.jobId, input.interviewKindId))) return { ok: false, reason: 'invalid-kind' };
  const team = await teamMembersAmong(tx, input.jobId, input.interviewerIds);
  if (input.interviewerIds.some((id) => !team.has(id))) return { ok: false, reason: 'not-on-team' };
  const range = bookingRange(input.startsAt, input.durationMinutes);
  const busy = await busyInterviewers(tx, input.interviewerIds, range);
  if (busy.length > 0) return { ok: false, reason: 'interviewer-busy', busy };
  const [slot] = await tx
    .insert(interviewSlots)
    .values({ jobId: input.jobId, interviewKindId: input.interviewKindId, startsAt: input.startsAt, durationMinutes: input.durationMinutes, location: input.location, videoUrl: input.videoUrl, createdByUserId: actor.id })
    .returning({ id: interviewSlots.id });
  if (!slot) throw new Error('Slot insert returned no row');
  await tx.insert(interviewSlotInterviewers).values(input.interviewerIds.map((userId) => ({ slotId: slot.id, userId })));
  if (!(await insertBookings(tx, input.interviewerIds.map((userId) => ({ userId, during: range, slotId: slot.id }))))) {
    await tx.delete(interviewSlots).where(eq(interviewSlots.id, slot.id));
    return { ok: false, reason: 'interviewer-busy', busy: [] };
  }
  return { ok: true, slotId: slot.id };
}

/** Withdraws an offered slot nobody has taken (its held bookings go with it). */
export async function deleteOpenSlot(tx: DbOrTx, actor: Actor, slotId: number): Promise<{ ok: boolean; jobId?: number }> {
  const [slot] = await tx.select({ jobId: interviewSlots.jobId, interviewId: interviewSlots.interviewId }).from(interviewSlots).where(eq(interviewSlots.id, slotId)).for('update');
  if (!slot || slot.interviewId !== null || !(await canAccessJob(actor, slot.jobId, tx))) return { ok: false };
  await tx.delete(interviewSlots).where(eq(interviewSlots.id, slotId));
  return { ok: true, jobId: slot.jobId };
}

export interface SlotView {
  id: number;
  interviewKindId: number;
  kindName: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  taken: boolean;
  interviewers: Array<{ id: string; name: string }>;
}

async function slotInterviewers(conn: DbOrTx, slotIds: number[]) {
  const byslot = new Map<number, Array<{ id: string; name: string }>>();
  if (slotIds.length === 0) return byslot;
  const rows = await conn
    .select({ slotId: interviewSlotInterviewers.slotId, id: users.id, name: users.name, email: users.email })
    .from(interviewSlotInterviewers)
    .innerJoin(users, eq(users.id, interviewSlotInterviewers.userId))
    .where(inArray(interviewSlotInterviewers.slotId, slotIds));
  for (const row of rows) byslot.set(row.slotId, [...(byslot.get(row.slotId) ?? []), { id: row.id, name: row.name ?? row.email }]);
  return byslot;
}

const slotColumns = {
  id: interviewSlots.id,
  interviewKindId: interviewSlots.interviewKindId,
  kindName: interviewKinds.name,
  startsAt: interviewSlots.startsAt,
  durationMinutes: interviewSlots.durationMinutes,
  location: interviewSlots.location,
  videoUrl: interviewSlots.videoUrl,
  taken: sql<boolean>`${interviewSlots.interviewId} is not null`,
};

/** The job's future slots for the team's slot page; null when the actor may not see the job. */
export async function listJobSlots(actor: Actor, jobId: number, now: Date = new Date(), conn: DbOrTx = appDb): Promise<SlotView[] | null> {
  if (!(await canAccessJob(actor, jobId, conn))) return null;
  const rows = await conn
    .select(slotColumns)
    .from(interviewSlots)
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviewSlots.interviewKindId))
    .where(and(eq(interviewSlots.jobId, jobId), gt(interviewSlots.startsAt, now)))
    .orderBy(asc(interviewSlots.startsAt), asc(interviewSlots.id))
    .limit(500);
  const people = await slotInterviewers(conn, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, interviewers: people.get(row.id) ?? [] }));
}

/** Free future slots a candidate may pick for one of their pending interviews (the status page). */
export async function listOpenSlotsFor(applicationId: number, now: Date = new Date(), conn: DbOrTx = appDb): Promise<Array<SlotView & { forInterviewId: number }>> {
  const rows = await conn
    .select({ ...slotColumns, forInterviewId: interviews.id })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(interviewSlots, and(eq(interviewSlots.jobId, applications.jobId), eq(interviewSlots.interviewKindId, interviews.interviewKindId)))
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviewSlots.interviewKindId))
    .where(and(eq(interviews.applicationId, applicationId), eq(interviews.status, 'awaiting_candidate'), isNull(interviewSlots.interviewId), gt(interviewSlots.startsAt, now)))
    .orderBy(asc(interviewSlots.startsAt), asc(interviewSlots.id))
    .limit(200);
  return rows.map((row) => ({ ...row, interviewers: [] }));
}

export type TakeSlotResult = { ok: true; interviewId: number; jobId: number } | { ok: false; reason: 'not-found' | 'taken' | 'already-scheduled' };

/**
 * The candidate takes a slot for their pending interview. The race between two candidates is
 * decided by one conditional UPDATE (interview_id is null): one gets the row, the other none.
 * The slot's held bookings become the interview's, so the interviewers' time stays theirs.
 */
export async function takeSlot(tx: DbOrTx, input: { applicationId: number; interviewId: number; slotId: number }, now: Date = new Date()): Promise<TakeSlotResult> {
  const [interview] = await tx
    .select({ id: interviews.id, status: interviews.status, kindId: interviews.interviewKindId, jobId: applications.jobId })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(and(eq(interviews.id, input.interviewId), eq(interviews.applicationId, input.applicationId)))
    .for('update', { of: interviews });
  if (!interview) return { ok: false, reason: 'not-found' };
  if (interview.status !== 'awaiting_candidate') return { ok: false, reason: 'already-scheduled' };
  const [slot] = await tx
    .update(interviewSlots)
    .set({ interviewId: interview.id })
    .where(
      and(
        eq(interviewSlots.id, input.slotId),
        isNull(interviewSlots.interviewId),
        eq(interviewSlots.jobId, interview.jobId),
        eq(interviewSlots.interviewKindId, interview.kindId),
        gt(interviewSlots.startsAt, now),
      ),
    )
    .returning({ startsAt: interviewSlots.startsAt, durationMinutes: interviewSlots.durationMinutes, location: interviewSlots.location, videoUrl: interviewSlots.videoUrl });
  if (!slot) return { ok: false, reason: 'taken' };
  await tx
    .update(interviews)
    .set({ status: 'scheduled', startsAt: slot.startsAt, durationMinutes: slot.durationMinutes, location: slot.location, videoUrl: slot.videoUrl, updatedAt: sql`now()` })
    .where(eq(interviews.id, interview.id));
  const people = await tx.select({ userId: interviewSlotInterviewers.userId }).from(interviewSlotInterviewers).where(eq(interviewSlotInterviewers.slotId, input.slotId));
  if (people.length > 0) await tx.insert(interviewInterviewers).values(people.map((p) => ({ interviewId: interview.id, userId: p.userId })));
  await tx.update(interviewerBookings).set({ interviewId: interview.id, slotId: null }).where(eq(interviewerBookings.slotId, input.slotId));
  return { ok: true, interviewId: interview.id, jobId: interview.jobId };
}
