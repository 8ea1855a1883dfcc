import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { jobs, reportMonthly } from '@/db/schema';
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
 *
 * Read from the reports' monthly rollup, which triggers keep exact on every insert, source
 * change and deletion (migration 0018): a row per month and source instead of a pass over all
 * of a job's applicants (~20 ms of PostgreSQL per page at 100,000).
 */
export async function countApplicantsBySource(actor: Actor, jobId: number, conn: DbOrTx = db): Promise<SourceCount[]> {
  const source = sql<string | null>`nullif(${reportMonthly.source}, '')`;
  const count = sql<number>`sum(${reportMonthly.applications})::int`;
  return conn
    .select({ source, count })
    .from(reportMonthly)
    .innerJoin(jobs, eq(jobs.id, reportMonthly.jobId))
    .where(and(eq(reportMonthly.jobId, jobId), visibleToActor(actor)))
    .groupBy(reportMonthly.source)
    .having(sql`sum(${reportMonthly.applications}) > 0`)
    .orderBy(desc(count), sql`${source} asc nulls last`);
}
