import 'server-only';
import { and, eq, exists, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '../client';
import { hiringTeamMembers, jobs } from '../schema';

/** Who is acting: queries take it as an argument and never read the session themselves. */
export interface Actor {
  id: string;
  role: 'admin' | 'hiring_manager';
}

/**
 * The condition every query of applicant data adds: admins see every job, anyone else only
 * the jobs whose hiring team they are on. Use it in WHERE clauses that involve `jobs.id`
 * (or pass the column holding a job id).
 */
export function visibleToActor(actor: Actor, jobIdColumn: SQL.Aliased | typeof jobs.id = jobs.id): SQL {
  if (actor.role === 'admin') return sql`true`;
  return exists(
    db
      .select({ one: sql`1` })
      .from(hiringTeamMembers)
      .where(and(eq(hiringTeamMembers.jobId, jobIdColumn as typeof jobs.id), eq(hiringTeamMembers.userId, actor.id))),
  );
}

/** Whether the actor may see and act on this job's applicants. */
export async function canAccessJob(actor: Actor, jobId: number, conn: DbOrTx = db): Promise<boolean> {
  if (actor.role === 'admin') {
    const [row] = await conn.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, jobId));
    return Boolean(row);
  }
  const [row] = await conn
    .select({ jobId: hiringTeamMembers.jobId })
    .from(hiringTeamMembers)
    .where(and(eq(hiringTeamMembers.jobId, jobId), eq(hiringTeamMembers.userId, actor.id)));
  return Boolean(row);
}
