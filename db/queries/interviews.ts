import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { hiringTeamMembers, interviewerBookings, interviewInterviewers, interviews, users } from '@/db/schema';
import type { InterviewStatus } from '@/lib/domain/hiring-loop';
import type { Actor } from './access';
import { findVisibleApplication } from './applicant-detail';
import { currentKindOfJob } from './interview-plans';

// Scheduling writes. Each takes the caller's transaction (the service in lib/interviews adds the
// invitations and the audit entry to it) and the acting user, and re-checks that the user may act
// on the application and that every interviewer is on the job's hiring team.

export type InterviewRefusal = 'not-found' | 'invalid-kind' | 'not-on-team' | 'interviewer-busy' | 'not-scheduled';

export interface InterviewTimes {
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  interviewerNotes: string | null;
  interviewerIds: string[];
}

/** A tstzrange literal for [start, start + duration). */
export function bookingRange(startsAt: Date, durationMinutes: number): string {
  const end = new Date(startsAt.getTime() + durationMinutes * 60_000);
  return `[${startsAt.toISOString()},${end.toISOString()})`;
}

/** The ids among `userIds` that are active members of the job's hiring team. */
export async function teamMembersAmong(conn: DbOrTx, jobId: number, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await conn
    .select({ id: users.id })
    .from(hiringTeamMembers)
    .innerJoin(users, eq(users.id, hiringTeamMembers.userId))
    .where(and(eq(hiringTeamMembers.jobId, jobId), inArray(hiringTeamMembers.userId, userIds), eq(users.active, true)));
  return new Set(rows.map((row) => row.id));
}

/** Who of `userIds` already has a booking overlapping the range (other than `exceptInterviewId`'s own). */
export async function busyInterviewers(conn: DbOrTx, userIds: string[], range: string, exceptInterviewId?: number): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await conn
    .selectDistinct({ userId: interviewerBookings.userId })
    .from(interviewerBookings)
    .where(
      and(
        inArray(interviewerBookings.userId, userIds),
        sql`${interviewerBookings.during} && ${range}::tstzrange`,
        exceptInterviewId === undefined ? undefined : sql`${interviewerBookings.interviewId} is distinct from ${exceptInterviewId}`,
      ),
    );
  return rows.map((row) => row.userId);
}

/**
 * Inserts the bookings inside a savepoint: when a concurrent transaction booked one of these
 * people meanwhile, the exclusion constraint refuses (23P01) and only the savepoint rolls back,
 * so the caller can answer "busy" instead of failing its whole transaction.
 */
export async function insertBookings(tx: DbOrTx, rows: Array<{ userId: string; during: string; interviewId?: number; slotId?: number }>): Promise<boolean> {
  if (rows.length === 0) return true;
  try {
    await tx.transaction(async (savepoint) => {
      await savepoint.insert(interviewerBookings).values(rows.map((row) => ({ userId: row.userId, during: row.during, interviewId: row.interviewId ?? null, slotId: row.slotId ?? null })));
    });
    return true;
  } catch (error) {
    const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    if ((root as { code?: string }).code === '23P01') return false;
    throw error;
  }
}

export type CreateInterviewResult = { ok: true; interviewId: number; applicationId: number; jobId: number } | { ok: false; reason: InterviewRefusal; busy?: string[] };

/** Schedules an interview of the application at a fixed time, booking every interviewer. */
export async function createInterview(
  tx: DbOrTx,
  actor: Actor,
  input: InterviewTimes & { applicationId: number; interviewKindId: number; uid: string },
): Promise<CreateInterviewResult> {
  const app = await findVisibleApplication(actor, input.applicationId, tx, { lock: true });
  if (!app) return { ok: false, reason: 'not-found' };
  if (!(await currentKindOfJob(tx, app.jobId, input.interviewKindId))) return { ok: false, reason: 'invalid-kind' };
  const team = await teamMembersAmong(tx, app.jobId, input.interviewerIds);
  if (input.interviewerIds.some((id) => !team.has(id))) return { ok: false, reason: 'not-on-team' };
  const range = bookingRange(input.startsAt, input.durationMinutes);
  const busy = await busyInterviewers(tx, input.interviewerIds, range);
  if (busy.length > 0) return { ok: false, reason: 'interviewer-busy', busy };
  const [row] = await tx
    .insert(interviews)
    .values({
      applicationId: app.id,
      interviewKindId: input.interviewKindId,
      uid: input.uid,
      status: 'scheduled',
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      location: input.location,
      videoUrl: input.videoUrl,
      interviewerNotes: input.interviewerNotes,
      createdByUserId: actor.id,
    })
    .returning({ id: interviews.id });
  if (!row) throw new Error('Interview insert returned no row');
  await tx.insert(interviewInterviewers).values(input.interviewerIds.map((userId) => ({ interviewId: row.id, userId })));
  if (!(await insertBookings(tx, input.interviewerIds.map((userId) => ({ userId, during: range, interviewId: row.id }))))) {
    // The savepoint rolled back the bookings only; the interview row must not stay either.
    await tx.delete(interviews).where(eq(interviews.id, row.id));
    return { ok: false, reason: 'interviewer-busy', busy: [] };
  }
  return { ok: true, interviewId: row.id, applicationId: app.id, jobId: app.jobId };
}

/** The interview, locked, if the actor may act on its application. */
export async function lockVisibleInterview(tx: DbOrTx, actor: Actor, interviewId: number) {
  const [row] = await tx
    .select({ id: interviews.id, applicationId: interviews.applicationId, status: interviews.status, sequence: interviews.sequence, startsAt: interviews.startsAt, durationMinutes: interviews.durationMinutes })
    .from(interviews)
    .where(eq(interviews.id, interviewId))
    .for('update');
  if (!row) return null;
  const app = await findVisibleApplication(actor, row.applicationId, tx);
  return app ? { ...row, jobId: app.jobId } : null;
}

export async function interviewerIdsOf(conn: DbOrTx, interviewId: number): Promise<string[]> {
  const rows = await conn.select({ userId: interviewInterviewers.userId }).from(interviewInterviewers).where(eq(interviewInterviewers.interviewId, interviewId)).orderBy(asc(interviewInterviewers.userId));
  return rows.map((row) => row.userId);
}

export type RescheduleResult =
  | { ok: true; interviewId: number; applicationId: number; jobId: number; removedInterviewerIds: string[] }
  | { ok: false; reason: InterviewRefusal; busy?: string[] };

/** Moves a scheduled interview (time, place, interviewers): SEQUENCE goes up, bookings are replaced. */
export async function rescheduleInterview(tx: DbOrTx, actor: Actor, interviewId: number, input: InterviewTimes): Promise<RescheduleResult> {
  const current = await lockVisibleInterview(tx, actor, interviewId);
  if (!current) return { ok: false, reason: 'not-found' };
  if (current.status !== 'scheduled') return { ok: false, reason: 'not-scheduled' };
  const team = await teamMembersAmong(tx, current.jobId, input.interviewerIds);
  if (input.interviewerIds.some((id) => !team.has(id))) return { ok: false, reason: 'not-on-team' };
  const range = bookingRange(input.startsAt, input.durationMinutes);
  const busy = await busyInterviewers(tx, input.interviewerIds, range, interviewId);
  if (busy.length > 0) return { ok: false, reason: 'interviewer-busy', busy };
  const before = await interviewerIdsOf(tx, interviewId);
  await tx.delete(interviewerBookings).where(eq(interviewerBookings.interviewId, interviewId));
  if (!(await insertBookings(tx, input.interviewerIds.map((userId) => ({ userId, during: range, interviewId }))))) return { ok: false, reason: 'interviewer-busy', busy: [] };
  await tx
    .update(interviews)
    .set({
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      location: input.location,
      videoUrl: input.videoUrl,
      interviewerNotes: input.interviewerNotes,
      sequence: sql`${interviews.sequence} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(interviews.id, interviewId));
  await tx.delete(interviewInterviewers).where(eq(interviewInterviewers.interviewId, interviewId));
  await tx.insert(interviewInterviewers).values(input.interviewerIds.map((userId) => ({ interviewId, userId })));
  return { ok: true, interviewId, applicationId: current.applicationId, jobId: current.jobId, removedInterviewerIds: before.filter((id) => !input.interviewerIds.includes(id)) };
}

export type CancelResult = { ok: true; interviewId: number; applicationId: number; jobId: number; previous: InterviewStatus } | { ok: false; reason: 'not-found' | 'not-scheduled' };

/** Cancels an interview (or a pending self-scheduling invitation): SEQUENCE goes up, bookings are freed. */
export async function cancelInterview(tx: DbOrTx, actor: Actor, interviewId: number): Promise<CancelResult> {
  const current = await lockVisibleInterview(tx, actor, interviewId);
  if (!current) return { ok: false, reason: 'not-found' };
  if (current.status === 'cancelled') return { ok: false, reason: 'not-scheduled' };
  await tx.delete(interviewerBookings).where(eq(interviewerBookings.interviewId, interviewId));
  await tx
    .update(interviews)
    .set({ status: 'cancelled', cancelledAt: sql`now()`, sequence: sql`${interviews.sequence} + 1`, updatedAt: sql`now()` })
    .where(eq(interviews.id, interviewId));
  return { ok: true, interviewId, applicationId: current.applicationId, jobId: current.jobId, previous: current.status };
}

/** Self-scheduling: the candidate is asked to pick one of the slots offered for this kind. */
export async function createSelfScheduleRequest(
  tx: DbOrTx,
  actor: Actor,
  input: { applicationId: number; interviewKindId: number; uid: string },
): Promise<CreateInterviewResult> {
  const app = await findVisibleApplication(actor, input.applicationId, tx, { lock: true });
  if (!app) return { ok: false, reason: 'not-found' };
  if (!(await currentKindOfJob(tx, app.jobId, input.interviewKindId))) return { ok: false, reason: 'invalid-kind' };
  const [row] = await tx
    .insert(interviews)
    // The duration is the picked slot's; 30 stands in until then (the column is NOT NULL).
    .values({ applicationId: app.id, interviewKindId: input.interviewKindId, uid: input.uid, status: 'awaiting_candidate', durationMinutes: 30, createdByUserId: actor.id })
    .returning({ id: interviews.id });
  if (!row) throw new Error('Interview insert returned no row');
  return { ok: true, interviewId: row.id, applicationId: app.id, jobId: app.jobId };
}

