import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { sqlArray } from '@/db/sql-array';
import { jobs, jobVisits, stages } from '@/db/schema';
import { FOREIGN_KEY_VIOLATION, pgErrorOf } from '@/db/pg-error';
import { BOARD_PAGE_SIZE, cardsShown, type BoardShown } from '@/lib/domain/board-columns';
import type { JobStatus, StageKind } from '@/lib/domain/job-enums';
import { canAccessJob, visibleToActor, type Actor } from './access';

export interface StageCount {
  id: number;
  name: string;
  kind: StageKind;
  position: number;
  count: number;
}

export interface DashboardJob {
  id: number;
  slug: string;
  title: string;
  status: JobStatus;
  publishedAt: Date | null;
  /** Applications since the user last opened this job's applicants (all of them if never). */
  newCount: number;
  lastVisitedAt: Date | null;
  total: number;
  stages: StageCount[];
}

export const DASHBOARD_JOB_LIMIT = 100;

// Each stage's count is one row kept by triggers (stage_application_counts, migration 0025), not
// a count of the job's applicants: that cost ~15 ms of PostgreSQL per page at 100,000.
// Spelled out in full: drizzle leaves columns unqualified in a one-table query.
const stageCount = sql<number>`coalesce((select c.applications from stage_application_counts c where c.stage_id = "stages"."id"), 0)`;

async function stageCounts(jobIds: number[], conn: DbOrTx): Promise<Map<number, StageCount[]>> {
  const byJob = new Map<number, StageCount[]>();
  if (jobIds.length === 0) return byJob;
  const rows = await conn
    .select({ jobId: stages.jobId, id: stages.id, name: stages.name, kind: stages.kind, position: stages.position, count: stageCount })
    .from(stages)
    // A removed stage (pipeline editing) keeps its row for history but leaves the pipeline.
    .where(and(inArray(stages.jobId, jobIds), isNull(stages.removedAt)))
    .orderBy(asc(stages.jobId), asc(stages.position));
  for (const { jobId, ...stage } of rows) byJob.set(jobId, [...(byJob.get(jobId) ?? []), stage]);
  return byJob;
}

/** The actor's jobs for the overview: published first, then closed; admins also see drafts. */
export async function listDashboardJobs(actor: Actor, conn: DbOrTx = db, { limit = DASHBOARD_JOB_LIMIT } = {}): Promise<DashboardJob[]> {
  const statuses: JobStatus[] = actor.role === 'admin' ? ['published', 'closed', 'draft'] : ['published', 'closed'];
  const rows = await conn
    .select({
      id: jobs.id,
      slug: jobs.slug,
      title: jobs.title,
      status: jobs.status,
      publishedAt: jobs.publishedAt,
      lastVisitedAt: jobVisits.lastVisitedAt,
      // Never visited: every applicant is new, and the stage counts already hold that total.
      // Otherwise an index range scan on (job_id, submitted_at) over the new ones only.
      newSinceVisit: sql<number | null>`case when "job_visits"."last_visited_at" is null then null else (select count(*)::int from applications a
        where a.job_id = "jobs"."id" and a.submitted_at > "job_visits"."last_visited_at") end`,
    })
    .from(jobs)
    .leftJoin(jobVisits, and(eq(jobVisits.jobId, jobs.id), eq(jobVisits.userId, actor.id)))
    .where(and(inArray(jobs.status, statuses), visibleToActor(actor)))
    .orderBy(sql`case ${jobs.status} when 'published' then 0 when 'closed' then 1 else 2 end`, desc(jobs.publishedAt), desc(jobs.id))
    .limit(limit);
  const counts = await stageCounts(
    rows.map((r) => r.id),
    conn,
  );
  return rows.map(({ newSinceVisit, ...row }) => {
    const jobStages = counts.get(row.id) ?? [];
    const total = jobStages.reduce((sum, s) => sum + s.count, 0);
    return { ...row, newCount: newSinceVisit ?? total, stages: jobStages, total };
  });
}

/**
 * "Opened this job's applicants now": the mark that "new since your last visit" counts from. A job
 * (or user) deleted between the access check and the insert makes the mark moot, not the page a
 * 500: the foreign key's refusal is answered like no access.
 */
export async function recordJobVisit(actor: Actor, jobId: number, conn: DbOrTx = db): Promise<boolean> {
  if (!(await canAccessJob(actor, jobId, conn))) return false;
  try {
    await conn
      .insert(jobVisits)
      .values({ userId: actor.id, jobId, lastVisitedAt: sql`now()` })
      .onConflictDoUpdate({ target: [jobVisits.userId, jobVisits.jobId], set: { lastVisitedAt: sql`now()` } });
  } catch (error) {
    if (pgErrorOf(error).code === FOREIGN_KEY_VIOLATION) return false;
    throw error;
  }
  return true;
}

export interface JobPipeline {
  job: { id: number; slug: string; title: string; status: JobStatus };
  stages: StageCount[];
  total: number;
}

/** A job's header and its stages in pipeline order with their counts; null when not visible (404). */
export async function getJobPipeline(actor: Actor, jobId: number, conn: DbOrTx = db): Promise<JobPipeline | null> {
  if (!(await canAccessJob(actor, jobId, conn))) return null;
  const [job] = await conn.select({ id: jobs.id, slug: jobs.slug, title: jobs.title, status: jobs.status }).from(jobs).where(eq(jobs.id, jobId));
  if (!job) return null;
  const jobStages = (await stageCounts([jobId], conn)).get(jobId) ?? [];
  return { job, stages: jobStages, total: jobStages.reduce((sum, s) => sum + s.count, 0) };
}

export interface BoardCard {
  id: number;
  stageId: number;
  firstName: string;
  lastName: string;
  ratingAverage: string | null;
  ratingCount: number;
  submittedAt: Date;
}


interface RawCard extends Record<string, unknown> {
  id: number;
  stage_id: number;
  first_name: string;
  last_name: string;
  rating_average: string | null;
  rating_count: number;
  submitted_iso: string;
}

/**
 * Each column's newest cards, as many as `shown` asks for that stage (the first page otherwise),
 * one index seek per stage; null when the job is not the actor's (404).
 */
export async function listBoardCards(actor: Actor, jobId: number, shown: BoardShown = new Map(), conn: DbOrTx = db): Promise<BoardCard[] | null> {
  if (!(await canAccessJob(actor, jobId, conn))) return null;
  const stageIds = [...shown.keys()];
  const limits = stageIds.map((id) => cardsShown(shown, id));
  const rows = await conn.execute<RawCard>(sql`
    select a.id, s.id as stage_id, a.first_name, a.last_name, a.rating_average::text as rating_average, a.rating_count,
           to_char(a.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as submitted_iso
    from stages s
    cross join lateral (
      select id, first_name, last_name, rating_average, rating_count, submitted_at from applications
      where job_id = s.job_id and stage_id = s.id order by submitted_at desc nulls last, id desc nulls last
      limit coalesce((select l.cards from unnest(${sqlArray(stageIds, 'int')}, ${sqlArray(limits, 'int')}) as l(stage_id, cards) where l.stage_id = s.id), ${BOARD_PAGE_SIZE})
    ) a
    where s.job_id = ${jobId} and s.removed_at is null
    order by s.position, a.submitted_at desc, a.id desc`);
  return [...rows].map((r) => ({
    id: r.id,
    stageId: r.stage_id,
    firstName: r.first_name,
    lastName: r.last_name,
    ratingAverage: r.rating_average,
    ratingCount: r.rating_count,
    submittedAt: new Date(r.submitted_iso),
  }));
}
