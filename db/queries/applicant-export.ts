import 'server-only';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { exportSql } from '@/db/export-client';
import { withoutCursor, type ApplicantParams } from '@/lib/domain/applicant-list';
import { CSV_BOM, csvRow } from '@/lib/domain/csv';
import { canAccessJob, type Actor } from './access';
import { applicantQuery } from './applicants';

export const APPLICANT_CSV_HEADER = ['Name', 'Email', 'Phone', 'Stage', 'Rating', 'Ratings', 'Applied (UTC)', 'Source', 'Reference'] as const;

// Every value leaves PostgreSQL as text, so the CSV reads the same whatever the driver's type parsers.
const EXPORT_COLUMNS = sql.raw(`k.first_name || ' ' || k.last_name as name, c.email, k.phone, s.name as stage,
  k.rating_average::text as rating, k.rating_count::text as ratings,
  to_char(k.submitted_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as applied, k.source, k.reference`);

interface ExportRow {
  name: string;
  email: string;
  phone: string | null;
  stage: string;
  rating: string | null;
  ratings: string;
  applied: string;
  source: string | null;
  reference: string;
}

const BATCH_ROWS = 500;
const dialect = new PgDialect();

/**
 * The job's applicants matching the table's filters, in its order, as a CSV stream fed by a
 * server-side cursor: 500 rows in memory at a time whatever the job's size. Null when the
 * actor may not see the job (answer 404).
 */
export async function streamApplicantsCsv(
  actor: Actor,
  jobId: number,
  params: ApplicantParams,
  { conn = db, client }: { conn?: DbOrTx; client?: postgres.Sql } = {},
): Promise<ReadableStream<Uint8Array> | null> {
  if (!(await canAccessJob(actor, jobId, conn))) return null;
  const query = dialect.sqlToQuery(applicantQuery(jobId, withoutCursor(params), { limit: null, select: EXPORT_COLUMNS }).sql);
  const rows = (client ?? exportSql()).unsafe<ExportRow[]>(query.sql, query.params as postgres.ParameterOrJSON<never>[]).cursor(BATCH_ROWS);
  const batches = rows[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(APPLICANT_CSV_HEADER)));
    },
    // Pull-driven: the next batch is fetched only when the client has taken the last one.
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          controller.close();
          return;
        }
        const text = next.value
          .map((r) => csvRow([r.name, r.email, r.phone, r.stage, r.rating, r.ratings, r.applied, r.source, r.reference]))
          .join('');
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        controller.error(error);
      }
    },
    // The download was aborted: close the cursor so its connection goes back to the pool.
    async cancel() {
      await batches.return?.();
    },
  });
}
