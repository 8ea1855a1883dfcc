import 'server-only';
import { and, asc, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, candidates, hiringTeamMembers, interviewInterviewers, interviewKinds, interviews, jobs, scorecards, settings, users } from '@/db/schema';
import type { InterviewStatus } from '@/lib/domain/hiring-loop';
import { visibleToActor, type Actor } from './access';

export interface InterviewPerson {
  id: string;
  name: string | null;
  email: string;
  timeZone: string | null;
}

/** Everything an invitation, update, cancellation or reminder says. Not scoped: the writes checked. */
export interface InvitationData {
  id: number;
  uid: string;
  sequence: number;
  status: InterviewStatus;
  startsAt: Date | null;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  interviewerNotes: string | null;
  kindName: string;
  applicationId: number;
  jobId: number;
  jobTitle: string;
  candidate: { firstName: string; lastName: string; email: string; purged: boolean };
  company: { name: string; timeZone: string; replyTo: string | null };
  interviewers: InterviewPerson[];
}

export async function getInvitationData(interviewId: number, conn: DbOrTx = appDb): Promise<InvitationData | null> {
  const [row] = await conn
    .select({
      id: interviews.id,
      uid: interviews.uid,
      sequence: interviews.sequence,
      status: interviews.status,
      startsAt: interviews.startsAt,
      durationMinutes: interviews.durationMinutes,
      location: interviews.location,
      videoUrl: interviews.videoUrl,
      interviewerNotes: interviews.interviewerNotes,
      kindName: interviewKinds.name,
      applicationId: applications.id,
      jobId: jobs.id,
      jobTitle: jobs.title,
      jobReplyTo: jobs.replyToEmail,
      firstName: applications.firstName,
      lastName: applications.lastName,
      email: candidates.email,
      purgedAt: candidates.personalDataPurgedAt,
      companyName: settings.companyName,
      companyZone: settings.timeZone,
      companyReplyTo: settings.replyToEmail,
    })
    .from(interviews)
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviews.interviewKindId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(settings, eq(settings.id, 1))
    .where(eq(interviews.id, interviewId));
  if (!row) return null;
  const people = await interviewersOf(conn, [interviewId]);
  return {
    id: row.id,
    uid: row.uid,
    sequence: row.sequence,
    status: row.status,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    location: row.location,
    videoUrl: row.videoUrl,
    interviewerNotes: row.interviewerNotes,
    kindName: row.kindName,
    applicationId: row.applicationId,
    jobId: row.jobId,
    jobTitle: row.jobTitle,
    candidate: { firstName: row.firstName, lastName: row.lastName, email: row.email, purged: row.purgedAt !== null },
    company: { name: row.companyName, timeZone: row.companyZone, replyTo: row.jobReplyTo ?? row.companyReplyTo },
    interviewers: people.get(interviewId) ?? [],
  };
}

export async function getPeople(conn: DbOrTx, userIds: string[]): Promise<InterviewPerson[]> {
  if (userIds.length === 0) return [];
  return conn.select({ id: users.id, name: users.name, email: users.email, timeZone: users.timeZone }).from(users).where(inArray(users.id, userIds));
}

async function interviewersOf(conn: DbOrTx, interviewIds: number[]): Promise<Map<number, InterviewPerson[]>> {
  const byInterview = new Map<number, InterviewPerson[]>();
  if (interviewIds.length === 0) return byInterview;
  const rows = await conn
    .select({ interviewId: interviewInterviewers.interviewId, id: users.id, name: users.name, email: users.email, timeZone: users.timeZone })
    .from(interviewInterviewers)
    .innerJoin(users, eq(users.id, interviewInterviewers.userId))
    .where(inArray(interviewInterviewers.interviewId, interviewIds))
    .orderBy(asc(users.email));
  for (const { interviewId, ...person } of rows) byInterview.set(interviewId, [...(byInterview.get(interviewId) ?? []), person]);
  return byInterview;
}

export interface ApplicationInterview {
  id: number;
  kindName: string;
  status: InterviewStatus;
  startsAt: Date | null;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  interviewerNotes: string | null;
  createdAt: Date;
  cancelledAt: Date | null;
  interviewers: Array<{ id: string; name: string }>;
  /** Whether the acting user is an interviewer here and still owes a scorecard (after it took place). */
  scorecardDue: boolean;
}

/** The application's interviews, oldest first, for the applicant page and its timeline; [] when not visible. */
export async function listApplicationInterviews(actor: Actor, applicationId: number, conn: DbOrTx = appDb): Promise<ApplicationInterview[]> {
  const rows = await conn
    .select({
      id: interviews.id,
      kindName: interviewKinds.name,
      status: interviews.status,
      startsAt: interviews.startsAt,
      durationMinutes: interviews.durationMinutes,
      location: interviews.location,
      videoUrl: interviews.videoUrl,
      interviewerNotes: interviews.interviewerNotes,
      createdAt: interviews.createdAt,
      cancelledAt: interviews.cancelledAt,
      mine: sql<boolean>`exists (select 1 from interview_interviewers ii where ii.interview_id = ${interviews.id} and ii.user_id = ${actor.id})`,
      submitted: sql<boolean>`exists (select 1 from scorecards s where s.interview_id = ${interviews.id} and s.user_id = ${actor.id})`,
    })
    .from(interviews)
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviews.interviewKindId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(interviews.applicationId, applicationId), visibleToActor(actor)))
    .orderBy(asc(interviews.createdAt), asc(interviews.id));
  const people = await interviewersOf(conn, rows.map((row) => row.id));
  const now = Date.now();
  return rows.map(({ mine, submitted, ...row }) => ({
    ...row,
    interviewers: (people.get(row.id) ?? []).map((p) => ({ id: p.id, name: p.name ?? p.email })),
    scorecardDue: mine && !submitted && row.status === 'scheduled' && row.startsAt !== null && row.startsAt.getTime() <= now,
  }));
}

export interface UpcomingInterview {
  id: number;
  applicationId: number;
  candidateName: string;
  jobTitle: string;
  kindName: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  scorecardSubmitted: boolean;
}

/**
 * The user's own interviews: upcoming ones (soonest first), and those of the last 30 days whose
 * scorecard is still owed. Only interviews of jobs the user may still see.
 */
export async function listMyInterviews(actor: Actor, now: Date = new Date(), conn: DbOrTx = appDb): Promise<{ upcoming: UpcomingInterview[]; scorecardsDue: UpcomingInterview[] }> {
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60_000);
  const rows = await conn
    .select({
      id: interviews.id,
      applicationId: applications.id,
      firstName: applications.firstName,
      lastName: applications.lastName,
      jobTitle: jobs.title,
      kindName: interviewKinds.name,
      startsAt: sql<Date>`${interviews.startsAt}`.mapWith(interviews.startsAt),
      durationMinutes: interviews.durationMinutes,
      location: interviews.location,
      videoUrl: interviews.videoUrl,
      scorecardSubmitted: sql<boolean>`exists (select 1 from ${scorecards} s where s.interview_id = ${interviews.id} and s.user_id = ${actor.id})`,
    })
    .from(interviewInterviewers)
    .innerJoin(interviews, eq(interviews.id, interviewInterviewers.interviewId))
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviews.interviewKindId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(interviewInterviewers.userId, actor.id), eq(interviews.status, 'scheduled'), gt(interviews.startsAt, since), visibleToActor(actor)))
    .orderBy(asc(interviews.startsAt), asc(interviews.id))
    .limit(500);
  const list = rows.map(({ firstName, lastName, ...row }) => ({ ...row, candidateName: `${firstName} ${lastName}` }));
  const ended = (row: UpcomingInterview) => row.startsAt.getTime() + row.durationMinutes * 60_000 <= now.getTime();
  return { upcoming: list.filter((row) => !ended(row)), scorecardsDue: list.filter((row) => ended(row) && !row.scorecardSubmitted).reverse() };
}

/** Scheduled interviews starting in [from, to): the reminder sweep's work. */
export async function listInterviewsStartingBetween(from: Date, to: Date, conn: DbOrTx = appDb): Promise<number[]> {
  const rows = await conn
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.status, 'scheduled'), sql`${interviews.startsAt} >= ${from.toISOString()}::timestamptz`, lt(interviews.startsAt, to)))
    .orderBy(asc(interviews.startsAt))
    .limit(1000);
  return rows.map((row) => row.id);
}

export interface CandidateInterview {
  id: number;
  uid: string;
  kindName: string;
  status: InterviewStatus;
  startsAt: Date | null;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
}

/** The candidate's own interviews (status page), by the application id their token resolved to. */
export async function listCandidateInterviews(applicationId: number, conn: DbOrTx = appDb): Promise<CandidateInterview[]> {
  return conn
    .select({
      id: interviews.id,
      uid: interviews.uid,
      kindName: interviewKinds.name,
      status: interviews.status,
      startsAt: interviews.startsAt,
      durationMinutes: interviews.durationMinutes,
      location: interviews.location,
      videoUrl: interviews.videoUrl,
    })
    .from(interviews)
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviews.interviewKindId))
    .where(and(eq(interviews.applicationId, applicationId), inArray(interviews.status, ['scheduled', 'awaiting_candidate'])))
    .orderBy(sql`${interviews.startsAt} asc nulls first`, desc(interviews.id));
}

/** Who may interview for the job (its active hiring team); [] when the actor may not see the job. */
export async function listInterviewerChoices(actor: Actor, jobId: number, conn: DbOrTx = appDb): Promise<Array<{ id: string; name: string }>> {
  const rows = await conn
    .select({ id: users.id, name: users.name, email: users.email })
    .from(hiringTeamMembers)
    .innerJoin(users, eq(users.id, hiringTeamMembers.userId))
    .innerJoin(jobs, eq(jobs.id, hiringTeamMembers.jobId))
    .where(and(eq(hiringTeamMembers.jobId, jobId), eq(users.active, true), visibleToActor(actor)))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map((row) => ({ id: row.id, name: row.name ? `${row.name} (${row.email})` : row.email }));
}

export interface InterviewDetail extends ApplicationInterview {
  applicationId: number;
  jobId: number;
  candidateName: string;
  jobTitle: string;
  interviewKindId: number;
  criteria: Array<{ key: string; label: string }>;
}

/** One interview with its application, for its page; null when not visible (404). */
export async function getInterviewDetail(actor: Actor, interviewId: number, conn: DbOrTx = appDb): Promise<InterviewDetail | null> {
  const [row] = await conn
    .select({ applicationId: interviews.applicationId, jobId: jobs.id, jobTitle: jobs.title, firstName: applications.firstName, lastName: applications.lastName, interviewKindId: interviews.interviewKindId, criteria: interviewKinds.criteria })
    .from(interviews)
    .innerJoin(interviewKinds, eq(interviewKinds.id, interviews.interviewKindId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(interviews.id, interviewId), visibleToActor(actor)));
  if (!row) return null;
  const interview = (await listApplicationInterviews(actor, row.applicationId, conn)).find((item) => item.id === interviewId);
  if (!interview) return null;
  return { ...interview, applicationId: row.applicationId, jobId: row.jobId, jobTitle: row.jobTitle, candidateName: `${row.firstName} ${row.lastName}`, interviewKindId: row.interviewKindId, criteria: row.criteria };
}
