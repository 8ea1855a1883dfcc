import 'server-only';
import { and, asc, desc, eq, inArray, lt, notExists, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { hiringTeamMembers, jobs, users } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { JobStatus, UserRole } from '@/lib/domain/job-enums';
import type { Actor } from './access';

export interface TeamMember {
  id: string;
  name: string | null;
  email: string;
  role: UserRole;
  active: boolean;
}

export interface JobTeam {
  jobId: number;
  title: string;
  status: JobStatus;
  members: TeamMember[];
}

export const TEAMS_PAGE_SIZE = 25;

// Drizzle leaves columns unqualified in a one-table select, so a subquery names the outer row in full.
const OUTER_USER_ID = sql.raw('"users"."id"');
const OUTER_JOB_ID = sql.raw('"jobs"."id"');

const memberColumns = { id: users.id, name: users.name, email: users.email, role: users.role, active: users.active };

async function membersOf(jobIds: number[], conn: DbOrTx): Promise<Map<number, TeamMember[]>> {
  const byJob = new Map<number, TeamMember[]>(jobIds.map((id) => [id, []]));
  if (jobIds.length === 0) return byJob;
  const rows = await conn
    .select({ jobId: hiringTeamMembers.jobId, ...memberColumns })
    .from(hiringTeamMembers)
    .innerJoin(users, eq(users.id, hiringTeamMembers.userId))
    .where(inArray(hiringTeamMembers.jobId, jobIds))
    .orderBy(asc(users.email));
  for (const { jobId, ...member } of rows) byJob.get(jobId)?.push(member);
  return byJob;
}

/** Jobs newest first with their teams; `before` is the last job id of the previous page. */
export async function listJobTeams(
  actor: Actor,
  { before }: { before?: number } = {},
  conn: DbOrTx = appDb,
): Promise<{ jobs: JobTeam[]; nextBefore: number | null }> {
  if (actor.role !== 'admin') return { jobs: [], nextBefore: null };
  const rows = await conn
    .select({ jobId: jobs.id, title: jobs.title, status: jobs.status })
    .from(jobs)
    .where(before ? lt(jobs.id, before) : undefined)
    .orderBy(desc(jobs.id))
    .limit(TEAMS_PAGE_SIZE + 1);
  const page = rows.slice(0, TEAMS_PAGE_SIZE);
  const members = await membersOf(page.map((job) => job.jobId), conn);
  return {
    jobs: page.map((job) => ({ ...job, members: members.get(job.jobId) ?? [] })),
    nextBefore: rows.length > TEAMS_PAGE_SIZE ? (page.at(-1)?.jobId ?? null) : null,
  };
}

export async function getJobTeam(actor: Actor, jobId: number, conn: DbOrTx = appDb): Promise<JobTeam | null> {
  if (actor.role !== 'admin') return null;
  const [job] = await conn.select({ jobId: jobs.id, title: jobs.title, status: jobs.status }).from(jobs).where(eq(jobs.id, jobId));
  if (!job) return null;
  const members = await membersOf([jobId], conn);
  return { ...job, members: members.get(jobId) ?? [] };
}

/** Who can still join the team: active users not on it. */
export async function listTeamCandidates(actor: Actor, jobId: number, conn: DbOrTx = appDb): Promise<TeamMember[]> {
  if (actor.role !== 'admin') return [];
  const onTeam = conn
    .select({ one: sql`1` })
    .from(hiringTeamMembers)
    .where(and(eq(hiringTeamMembers.jobId, jobId), sql`${hiringTeamMembers.userId} = ${OUTER_USER_ID}`));
  return conn.select(memberColumns).from(users).where(and(eq(users.active, true), notExists(onTeam))).orderBy(asc(users.email));
}

export async function countPublishedJobsWithoutTeam(conn: DbOrTx = appDb): Promise<number> {
  const onTeam = conn.select({ one: sql`1` }).from(hiringTeamMembers).where(sql`${hiringTeamMembers.jobId} = ${OUTER_JOB_ID}`);
  const [row] = await conn
    .select({ count: sql<number>`count(*)::int` })
    .from(jobs)
    .where(and(eq(jobs.status, 'published'), notExists(onTeam)));
  return row?.count ?? 0;
}

export type TeamChangeResult =
  /** `name` is the member's name, or their email when they have none: for the confirmation. */
  | { ok: true; name: string }
  | { ok: false; reason: 'forbidden' | 'job-not-found' | 'user-unavailable' | 'already-member' | 'not-member' };

export interface TeamChange {
  jobId: number;
  userId: string;
}

export async function addTeamMember(actor: Actor, { jobId, userId }: TeamChange, conn: DbOrTx = appDb): Promise<TeamChangeResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn.transaction(async (tx) => {
    const [job] = await tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, jobId));
    if (!job) return { ok: false, reason: 'job-not-found' };
    // Shared lock: the user cannot be deactivated half-way through joining.
    const [user] = await tx
      .select({ name: users.name, email: users.email, active: users.active })
      .from(users)
      .where(eq(users.id, userId))
      .for('share');
    if (!user?.active) return { ok: false, reason: 'user-unavailable' };
    const [added] = await tx
      .insert(hiringTeamMembers)
      .values({ jobId, userId })
      .onConflictDoNothing()
      .returning({ userId: hiringTeamMembers.userId });
    if (!added) return { ok: false, reason: 'already-member' };
    await recordAudit(tx, {
      actor,
      action: 'hiring_team.member_added',
      entityType: 'job',
      entityId: jobId,
      after: { userId, email: user.email },
    });
    return { ok: true, name: user.name ?? user.email };
  });
}

export async function removeTeamMember(actor: Actor, { jobId, userId }: TeamChange, conn: DbOrTx = appDb): Promise<TeamChangeResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn.transaction(async (tx) => {
    const [removed] = await tx
      .delete(hiringTeamMembers)
      .where(and(eq(hiringTeamMembers.jobId, jobId), eq(hiringTeamMembers.userId, userId)))
      .returning({ userId: hiringTeamMembers.userId });
    if (!removed) return { ok: false, reason: 'not-member' };
    const [user] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
    await recordAudit(tx, {
      actor,
      action: 'hiring_team.member_removed',
      entityType: 'job',
      entityId: jobId,
      before: { userId, email: user?.email ?? null },
    });
    return { ok: true, name: user?.name ?? user?.email ?? 'A deleted user' };
  });
}
