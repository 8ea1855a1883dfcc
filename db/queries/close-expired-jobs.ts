import 'server-only';
import { sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { refreshSearchLexicon } from '@/db/queries/job-writes';
import { recordAudit } from '@/db/queries/audit';

export interface ClosedJob {
  id: number;
  slug: string;
}

/**
 * Closes every published job whose closing date has passed, in one statement: FOR UPDATE
 * SKIP LOCKED lets several app instances sweep at once without closing (or auditing) a job
 * twice — a row another sweep holds is skipped, and one it has already closed no longer
 * matches `status = 'published'` when re-checked. Returns the jobs this call closed.
 * `onlyJobIds` narrows the sweep: tests share a database, and must not close each other's jobs.
 */
export async function closeExpiredJobs(conn: DbOrTx = appDb, options: { onlyJobIds?: number[] } = {}): Promise<ClosedJob[]> {
  const only = options.onlyJobIds ? sql`and id in ${options.onlyJobIds.length ? options.onlyJobIds : [0]}` : sql``;
  const closed = await conn.transaction(async (tx) => {
    const rows = await tx.execute<{ id: number; slug: string; version: number; closes_at: Date; closed_at: Date }>(sql`
      update jobs
      set status = 'closed', closed_at = now(), version = jobs.version + 1, updated_at = now()
      where jobs.id in (
        select id from jobs
        where status = 'published' and closes_at <= now() ${only}
        order by id
        for update skip locked
      ) and jobs.status = 'published'
      returning jobs.id, jobs.slug, jobs.version, jobs.closes_at, jobs.closed_at`);
    for (const row of rows) {
      await recordAudit(tx, {
        actor: null,
        action: 'job.auto_closed',
        entityType: 'job',
        entityId: row.id,
        before: { status: 'published', version: row.version - 1 },
        after: { status: 'closed', version: row.version, closesAt: row.closes_at, closedAt: row.closed_at },
      });
    }
    return rows.map((row) => ({ id: Number(row.id), slug: row.slug }));
  });
  if (closed.length > 0) await refreshSearchLexicon(conn);
  return closed;
}
