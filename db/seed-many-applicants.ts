import { randomBytes } from 'node:crypto';
import type postgres from 'postgres';
import { encodeCursor, SORT_KEYS, type KeyValue } from './keyset';
import type { ApplicantSort } from '../lib/dashboard/applicant-params';

// Many applicants on one job in a few set-based statements: the dashboard's integration tests
// (keyset pages, query plans, the export) and the dashboard benchmark both need a job that
// size, and a test must not depend on a bench script. (scripts/lib/bench-dashboard.ts keeps a
// copy until it imports these.)

const FIRST = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Katherine', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger', 'Radia'];
const LAST = ['Okafor', 'Nguyen', 'Garcia', 'Kowalski', 'Haddad', 'Silva', 'Tanaka', 'Muller', 'Johansson', 'Patel', 'Dubois', 'Rossi'];
// Stage index (into the job's stages by position) per g % 10: half Applied, a tenth Rejected.
const STAGE_MIX = [0, 0, 0, 0, 0, 1, 1, 2, 3, 5];

/**
 * `count` applications on one job with one INSERT … SELECT … FROM generate_series each for
 * candidates and applications, all pointing at one shared resume row; then ANALYZE. A third of
 * them are rated; pairs share a submitted_at, so tie-breaking by id is exercised. Emails are
 * short on purpose: search_text's trigrams are half the cost of the insert.
 */
export async function seedManyApplicants(sql: postgres.Sql, { jobId, count }: { jobId: number; count: number }): Promise<void> {
  const tag = randomBytes(4).toString('hex');
  const stageRows = await sql<{ id: number }[]>`select id from stages where job_id = ${jobId} order by position`;
  const stageIds = STAGE_MIX.map((i) => stageRows[i]?.id ?? stageRows[0]?.id ?? 0);
  if (stageIds.includes(0)) throw new Error(`Job ${jobId} has no stages`);
  const [file] = await sql<{ id: number }[]>`
    insert into files (filename, content_type, size_bytes, sha256, bytes)
    values ('bulk-resume.pdf', 'application/pdf', 8, encode(sha256(convert_to(${tag}, 'UTF8')), 'hex'), '\\x255044462d312e34'::bytea)
    returning id`;
  if (!file) throw new Error('The shared resume row was not created');
  await sql`
    insert into candidates (email, first_name, last_name)
    select 'b' || g || '.' || ${tag} || '@x.test', (${FIRST}::text[])[1 + g % 12], (${LAST}::text[])[1 + (g / 12) % 12] || '-' || (g % 997)
    from generate_series(1, ${count}) g`;
  await sql`
    insert into applications (reference, job_id, candidate_id, stage_id, resume_file_id, consent_text, consented_at, submitted_at, rating_average, rating_count, scorecard_average, scorecard_count)
    select 'BULK-' || ${tag} || '-' || g, ${jobId}, c.id, (${stageIds}::int[])[1 + g % 10], ${file.id}, 'Bulk seed', now(),
           now() - ((g / 2) * interval '30 seconds'),
           case when g % 3 = 0 then round(1 + (g % 13) * 0.25, 2) end,
           case when g % 3 = 0 then 1 + g % 4 else 0 end,
           case when g % 4 = 0 then round(1 + (g % 7) * 0.5, 2) end,
           case when g % 4 = 0 then 1 + g % 3 else 0 end
    from generate_series(1, ${count}) g
    join candidates c on c.email = 'b' || g || '.' || ${tag} || '@x.test'`;
  await sql`analyze applications`;
  await sql`analyze candidates`;
}

/** The cursor of the row at `offset` in the sort's order: a deep page without walking to it. */
export async function cursorAt(sql: postgres.Sql, jobId: number, sort: ApplicantSort, offset: number): Promise<string> {
  const parts = SORT_KEYS[sort];
  const order = parts.map((p) => `${p.column} ${p.dir} nulls last`).join(', ');
  const [row] = await sql.unsafe<Record<string, KeyValue>[]>(
    `select to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as submitted_at, sort_name,
            rating_average::text as rating_average, scorecard_average::text as scorecard_average, stage_position, id
     from applications where job_id = $1 order by ${order} offset $2 limit 1`,
    [jobId, offset],
  );
  if (!row) throw new Error(`No row at offset ${offset}`);
  return encodeCursor(
    sort,
    parts.map((p) => row[p.column] ?? null),
  );
}
