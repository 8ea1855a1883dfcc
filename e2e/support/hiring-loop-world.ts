import { randomBytes, randomInt } from 'node:crypto';
import { db } from './db';
import { addApplicants, userId, type TestApplicant, type TestJob } from './pipeline-data';

// The interview data issue 14's server actions act on, for the action authorization matrix:
// written straight to the database, one of each thing per job (the job the manager is on, and
// the one they are not), so every actor has a target of its own.

export interface HiringLoopJob {
  /** The kind of interview its plan offers. */
  kindId: number;
  /** Applicants no other case touches: [scheduling, self-scheduling, email]. */
  apps: TestApplicant[];
  /** Scheduled (in the future) for the reschedule case, and one for the cancel case. */
  rescheduleId: number;
  cancelId: number;
  /** An offered time nobody took. */
  slotId: number;
  /** Interviews that have happened: one the demo manager interviewed (team job only), one they did not. */
  pastWithManagerId: number | null;
  pastWithoutManagerId: number;
}

export interface HiringLoopWorld {
  /** A hiring manager on both jobs' teams, who interviews wherever the demo users must not. */
  interviewerId: string;
  jobs: Record<number, HiringLoopJob>;
  /** Jobs whose interview plans the plan case saves (saving can make a new version of the kinds above otherwise). */
  plans: Record<number, number>;
  /** Rejection reasons to rename and to archive. */
  reasons: { rename: number; archive: number };
  /** A day far ahead, different per worker: times on it never clash with other specs' bookings. */
  day: string;
}

async function interviewKind(jobId: number): Promise<{ planId: number; kindId: number }> {
  const [plan] = await db()<{ id: number }[]>`insert into interview_plans (job_id, version) values (${jobId}, 1) returning id`;
  const [kind] = await db()<{ id: number }[]>`
    insert into interview_kinds (plan_id, key, position, name, criteria)
    values (${plan!.id}, 'technical', 0, 'Technical interview', ${db().json([{ key: 'depth', label: 'Technical depth' }])}) returning id`;
  return { planId: plan!.id, kindId: kind!.id };
}

/** Future interviews hold their interviewers' time, as the app books it; past ones need not (and would clash between workers). */
async function interview(applicationId: number, kindId: number, startsAt: string, interviewers: string[], book = true): Promise<number> {
  const [row] = await db()<{ id: number }[]>`
    insert into interviews (application_id, interview_kind_id, uid, status, starts_at, duration_minutes, location)
    values (${applicationId}, ${kindId}, ${`${randomBytes(8).toString('hex')}@matrix`}, 'scheduled', ${startsAt}::timestamptz, 60, 'Room 9') returning id`;
  for (const user of interviewers) {
    await db()`insert into interview_interviewers (interview_id, user_id) values (${row!.id}, ${user})`;
    if (book) await db()`insert into interviewer_bookings (user_id, during, interview_id) values (${user}, tstzrange(${startsAt}::timestamptz, ${startsAt}::timestamptz + interval '60 minutes'), ${row!.id})`;
  }
  return row!.id;
}

export async function buildHiringLoopWorld(tag: string, team: TestJob, other: TestJob, planJobs: TestJob[]): Promise<HiringLoopWorld> {
  const [interviewer] = await db()<{ id: string }[]>`
    insert into users (id, email, name, role) values (gen_random_uuid()::text, ${`matrix-${tag}-interviewer@example.com`}, 'Matrix Interviewer', 'hiring_manager') returning id`;
  const interviewerId = interviewer!.id;
  const manager = await userId('manager@example.com');
  const day = `${2040 + randomInt(0, 40)}-${String(randomInt(1, 13)).padStart(2, '0')}-${String(randomInt(1, 29)).padStart(2, '0')}`;
  // The interviews made here sit on a day decades later than `day`, which the cases book on (in
  // the actor's own time zone, which the time-zone case changes): nothing here is in their way.
  const later = `${Number(day.slice(0, 4)) + 50}${day.slice(4)}`;
  const jobs: HiringLoopWorld['jobs'] = {};
  for (const job of [team, other]) {
    await db()`insert into hiring_team_members (job_id, user_id) values (${job.id}, ${interviewerId})`;
    const { kindId } = await interviewKind(job.id);
    const apps = await addApplicants(job.id, 5, 'Ivy');
    const onTeam = job.id === team.id;
    const [slot] = await db()<{ id: number }[]>`
      insert into interview_slots (job_id, interview_kind_id, starts_at, duration_minutes, location)
      values (${job.id}, ${kindId}, ${`${later}T23:00:00Z`}::timestamptz, 30, 'Room 8') returning id`;
    jobs[job.id] = {
      kindId,
      apps: apps.slice(0, 3),
      rescheduleId: await interview(apps[3]!.id, kindId, `${later}T${onTeam ? '01' : '02'}:00:00Z`, [interviewerId]),
      cancelId: await interview(apps[4]!.id, kindId, `${later}T${onTeam ? '03' : '04'}:00:00Z`, [interviewerId]),
      slotId: slot!.id,
      pastWithManagerId: onTeam ? await interview(apps[3]!.id, kindId, new Date(Date.now() - 2 * 3_600_000).toISOString(), [manager], false) : null,
      pastWithoutManagerId: await interview(apps[4]!.id, kindId, new Date(Date.now() - 5 * 3_600_000).toISOString(), [interviewerId], false),
    };
  }
  const plans: HiringLoopWorld['plans'] = {};
  for (const job of planJobs) plans[job.id] = (await interviewKind(job.id)).planId;
  const [rename, archive] = await db()<{ id: number }[]>`
    insert into rejection_reasons (label, position)
    values (${`matrix-${tag}-reason-a`}, 900 + ${randomInt(0, 1000)}), (${`matrix-${tag}-reason-b`}, 2000 + ${randomInt(0, 1000)}) returning id`;
  return { interviewerId, jobs, plans, reasons: { rename: rename!.id, archive: archive!.id }, day };
}

export async function removeHiringLoopWorld(tag: string): Promise<void> {
  await db()`delete from rejection_reasons where label like ${`matrix-${tag}-%`}`;
  await db()`delete from users where email = ${`matrix-${tag}-interviewer@example.com`}`;
}
