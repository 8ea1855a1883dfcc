import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, jobs } from '@/db/schema';
import { visibleToActor, type Actor } from './access';

export interface SourceCount {
  /** null: the candidate came without a tracked link ("Direct"). */
  source: string | null;
  count: number;
}

/**
 * How many applicants each source brought to a job, most first; empty for a job the actor is
 * not on the hiring team of (or that does not exist), so it reveals nothing about other jobs.
 * Counts every application, whatever its stage: the question is where candidates come from.
 */
export async function countApplicantsBySource(actor: Actor, jobId: number, conn: DbOrTx = db): Promise<SourceCount[]> {
  const count = sql<number>`count(*)::int`;
  return conn
    .select({ source: applications.source, count })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.jobId, jobId), visibleToActor(actor)))
    .groupBy(applications.source)
    .orderBy(desc(count), sql`${applications.source} asc nulls last`);
}
