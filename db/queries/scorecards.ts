import 'server-only';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, interviewKinds, interviews, jobs, scorecards, users, type ScorecardCriterion } from '@/db/schema';
import type { Recommendation } from '@/lib/domain/hiring-loop';
import { visibleToActor, type Actor } from './access';

// Scorecards. A reviewer sees other people's scorecards on an application only once they owe
// none of their own there: while they are an interviewer on one of its scheduled interviews
// without having submitted, every query below answers with their own scorecards only. Enforced
// here, in SQL, so no page or export can show more. Admins see everything.

/** True when the actor owes a scorecard on this application (the SQL the visibility rule is made of). */
function owesScorecard(actor: Actor, applicationIdColumn: SQL | typeof applications.id | typeof scorecards.applicationId): SQL {
  return sql`exists (
    select 1 from interviews oi join interview_interviewers oii on oii.interview_id = oi.id
    where oi.application_id = ${applicationIdColumn} and oi.status = 'scheduled' and oii.user_id = ${actor.id}
      and not exists (select 1 from scorecards os where os.interview_id = oi.id and os.user_id = ${actor.id}))`;
}

/** The condition a scorecard row must meet to be shown to the actor. */
export function scorecardVisibleTo(actor: Actor): SQL {
  if (actor.role === 'admin') return sql`true`;
  return sql`(${scorecards.userId} = ${actor.id} or not ${owesScorecard(actor, scorecards.applicationId)})`;
}

export interface ScorecardView {
  id: number;
  interviewId: number;
  kindName: string;
  criteria: ScorecardCriterion[];
  reviewerId: string;
  reviewerName: string;
  recommendation: Recommendation;
  ratings: Record<string, number>;
  notes: string;
  submittedAt: Date;
  updatedAt: Date;
}

export interface ApplicationScorecards {
  scorecards: ScorecardView[];
  /** Scorecards that exist but are hidden until the actor submits their own. */
  hiddenCount: number;
}

/** The application's scorecards the actor may read, oldest first; nothing when the application is not visible. */
export async function listScorecards(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<ApplicationScorecards> {
  const base = and(eq(scorecards.applicationId, applicationId), visibleToActor(actor));
  const [rows, [hidden]] = await Promise.all([
    conn
      .select({
        id: scorecards.id,
        interviewId: scorecards.interviewId,
        kindName: interviewKinds.name,
        criteria: interviewKinds.criteria,
        reviewerId: scorecards.userId,
        reviewerName: sql<string>`coalesce(${users.name}, ${users.email})`,
        recommendation: scorecards.recommendation,
        ratings: scorecards.ratings,
        notes: scorecards.notes,
        submittedAt: scorecards.submittedAt,
        updatedAt: scorecards.updatedAt,
      })
      .from(scorecards)
      .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
      .innerJoin(interviewKinds, eq(interviewKinds.id, interviews.interviewKindId))
      .innerJoin(applications, eq(applications.id, scorecards.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .innerJoin(users, eq(users.id, scorecards.userId))
      .where(and(base, scorecardVisibleTo(actor)))
      .orderBy(asc(scorecards.submittedAt), asc(scorecards.id)),
    conn
      .select({ n: sql<number>`count(*)::int` })
      .from(scorecards)
      .innerJoin(applications, eq(applications.id, scorecards.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(base, sql`not ${scorecardVisibleTo(actor)}`)),
  ]);
  return { scorecards: rows, hiddenCount: hidden?.n ?? 0 };
}

export type SubmitScorecardResult =
  | { ok: true; applicationId: number; jobId: number; scorecardId: number; created: boolean }
  | { ok: false; reason: 'not-found' | 'not-interviewer' | 'not-yet' | 'invalid-criteria' };

/** Submits (or revises) the actor's scorecard for an interview they took part in, once it has started. */
export async function submitScorecard(
  tx: DbOrTx,
  actor: Actor,
  input: { interviewId: number; recommendation: Recommendation; ratings: Record<string, number>; notes: string },
  now: Date = new Date(),
): Promise<SubmitScorecardResult> {
  const [row] = await tx
    .select({
      applicationId: interviews.applicationId,
      jobId: jobs.id,
      status: interviews.status,
      startsAt: interviews.startsAt,
      criteria: interviewKinds.criteria,
      isInterviewer: sql<boolean>`exists (select 1 from interview_interviewers ii where ii.interview_id = ${interviews.id} and ii.user_id = ${actor.id})`,
    })
    .from(interviews)
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviews.interviewKindId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(interviews.id, input.interviewId), visibleToActor(actor)))
    .for('update', { of: interviews });
  if (!row || row.status !== 'scheduled') return { ok: false, reason: 'not-found' };
  if (!row.isInterviewer) return { ok: false, reason: 'not-interviewer' };
  if (!row.startsAt || row.startsAt.getTime() > now.getTime()) return { ok: false, reason: 'not-yet' };
  const keys = new Set(row.criteria.map((criterion) => criterion.key));
  if (Object.keys(input.ratings).some((key) => !keys.has(key))) return { ok: false, reason: 'invalid-criteria' };
  const [saved] = await tx
    .insert(scorecards)
    .values({ interviewId: input.interviewId, applicationId: row.applicationId, userId: actor.id, recommendation: input.recommendation, ratings: input.ratings, notes: input.notes })
    .onConflictDoUpdate({
      target: [scorecards.interviewId, scorecards.userId],
      set: { recommendation: input.recommendation, ratings: input.ratings, notes: input.notes, updatedAt: sql`now()` },
    })
    .returning({ id: scorecards.id, created: sql<boolean>`xmax = 0` });
  if (!saved) throw new Error('Scorecard upsert returned no row');
  return { ok: true, applicationId: row.applicationId, jobId: row.jobId, scorecardId: saved.id, created: saved.created };
}
