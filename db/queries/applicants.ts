import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import type { StageKind } from '@/lib/domain/job-enums';
import { APPLICANT_PAGE_SIZE, type ApplicantParams, type ApplicantSort } from '@/lib/domain/applicant-list';
import { decodeCursor, effectiveSort, encodeCursor, keysetBranches, SORT_KEYS, type Condition, type KeyPart, type KeyValue } from '@/db/keyset';
import { canAccessJob, type Actor } from './access';

export interface ApplicantRow {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  stageId: number;
  stageName: string;
  stageKind: StageKind;
  /** e.g. "3.50"; null while nobody has rated. */
  ratingAverage: string | null;
  ratingCount: number;
  submittedAt: Date;
  /** Where the candidate came from (source, gh_src or utm_source); null: direct. */
  source: string | null;
  /** The candidate withdrew on their status page (the stage stays what it was). */
  withdrawn: boolean;
}

export interface ApplicantPage {
  rows: ApplicantRow[];
  /** Cursors for the "Next" / "Previous" links; null when there is no such page. */
  nextCursor: string | null;
  prevCursor: string | null;
}

interface RawRow extends Record<string, unknown> {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  stage_id: number;
  stage_name: string;
  stage_kind: StageKind;
  rating_average: string | null;
  rating_count: number;
  scorecard_average: string | null;
  submitted_iso: string;
  sort_name: string;
  stage_position: number;
  withdrawn: boolean;
  source: string | null;
}

// Column names below come from SORT_KEYS (constants), never from the request.
const column = (name: KeyPart['column'], alias?: string) => sql.raw(alias ? `${alias}."${name}"` : `"${name}"`);

// Every index column sorts NULLS LAST (drizzle-kit writes `DESC NULLS LAST`), and the planner
// matches an ORDER BY to an index only when the nulls placement agrees too, NOT NULL or not.
function orderBy(parts: readonly KeyPart[], forward: boolean, alias?: string): SQL {
  const terms = parts.map((part) => {
    const dir = (part.dir === 'desc') === forward ? 'desc' : 'asc';
    return sql`${column(part.column, alias)} ${sql.raw(`${dir} ${forward ? 'nulls last' : 'nulls first'}`)}`;
  });
  return sql.join(terms, sql`, `);
}

function condition(c: Condition): SQL {
  if (!('value' in c)) return sql`${column(c.column)} ${sql.raw(c.op)}`;
  return sql`${column(c.column)} ${sql.raw(c.op)} ${c.value}::${sql.raw(c.type)}`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function filters(jobId: number, params: ApplicantParams): SQL[] {
  const where = [sql`job_id = ${jobId}`];
  if (params.stage !== undefined) where.push(sql`stage_id = ${params.stage}`);
  if (params.rating !== undefined) where.push(sql`rating_average >= ${params.rating}`);
  // search_text is lower-cased by a trigger; applications_search_trgm_idx serves the match.
  if (params.q) where.push(sql`search_text ilike ${`%${escapeLike(params.q.toLowerCase())}%`}`);
  return where;
}

const INNER = sql.raw('id, candidate_id, first_name, last_name, phone, stage_id, rating_average, rating_count, scorecard_average, scorecard_count, submitted_at, withdrawn_at, sort_name, stage_position, reference, source');

export interface ApplicantQuery {
  sql: SQL;
  sort: ApplicantSort;
  direction: 'after' | 'before';
  hasCursor: boolean;
}

/**
 * The SQL of one page (or, with `limit: null`, of the whole filtered list for the export). Not
 * scoped: listApplicants and streamApplicantsCsv check the actor first. Exported so the plan
 * test can EXPLAIN exactly what runs.
 */
export function applicantQuery(jobId: number, params: ApplicantParams, options: { limit: number | null; select?: SQL }): ApplicantQuery {
  const sort = effectiveSort(params.sort, params.stage !== undefined);
  const parts = SORT_KEYS[sort];
  const direction = params.before && !params.after ? 'before' : 'after';
  const cursor = params.after ?? params.before;
  const values = cursor ? decodeCursor(cursor, sort) : null;
  const forward = direction === 'after' || !values;
  const branches = values ? keysetBranches(parts, values, direction) : [[]];
  const where = filters(jobId, params);
  const limit = options.limit === null ? sql`` : sql` limit ${options.limit}`;
  const selects = branches.map(
    (branch) =>
      sql`(select ${INNER} from applications where ${sql.join([...where, ...branch.map(condition)], sql` and `)} order by ${orderBy(parts, forward)}${limit})`,
  );
  const select =
    options.select ??
    sql.raw(`k.id, k.first_name, k.last_name, c.email, k.stage_id, s.name as stage_name, s.kind as stage_kind,
      k.rating_average::text as rating_average, k.rating_count, k.scorecard_average::text as scorecard_average, k.sort_name, k.stage_position, k.source, k.withdrawn_at is not null as withdrawn,
      to_char(k.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as submitted_iso`);
  const query = sql`select ${select} from (${sql.join(selects, sql` union all `)}) k
    join candidates c on c.id = k.candidate_id join stages s on s.id = k.stage_id
    order by ${orderBy(parts, forward, 'k')}${limit}`;
  return { sql: query, sort, direction: values ? direction : 'after', hasCursor: Boolean(values) };
}

function keyOf(row: RawRow, sort: ApplicantSort): KeyValue[] {
  return SORT_KEYS[sort].map((part) => (part.column === 'submitted_at' ? row.submitted_iso : (row[part.column] as KeyValue)));
}

/** One page of a job's applicants, or null when the actor may not see the job (answer 404). */
export async function listApplicants(actor: Actor, jobId: number, params: ApplicantParams, conn: DbOrTx = db): Promise<ApplicantPage | null> {
  if (!(await canAccessJob(actor, jobId, conn))) return null;
  const query = applicantQuery(jobId, params, { limit: APPLICANT_PAGE_SIZE + 1 });
  const raw = [...(await conn.execute<RawRow>(query.sql))];
  const more = raw.length > APPLICANT_PAGE_SIZE;
  const page = raw.slice(0, APPLICANT_PAGE_SIZE);
  if (query.direction === 'before') page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const cursorOf = (row: RawRow | undefined) => (row ? encodeCursor(query.sort, keyOf(row, query.sort)) : null);
  const backward = query.direction === 'before';
  return {
    rows: page.map((row) => ({
      id: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      stageId: row.stage_id,
      stageName: row.stage_name,
      stageKind: row.stage_kind,
      ratingAverage: row.rating_average,
      ratingCount: row.rating_count,
      submittedAt: new Date(row.submitted_iso),
      source: row.source,
      withdrawn: row.withdrawn,
    })),
    nextCursor: backward || more ? cursorOf(last) : null,
    prevCursor: (backward ? more : query.hasCursor) ? cursorOf(first) : null,
  };
}
