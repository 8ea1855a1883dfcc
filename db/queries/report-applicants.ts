import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { FUNNEL_KINDS, type ReportFilters, type ReportSlice } from '@/lib/domain/report-kinds';
import type { Actor } from './access';
import { furthestRankSql, reportScope } from './reports';

// The applicants behind one bar or row of a report: the same scope and the same definitions
// as the figure (db/queries/reports.ts), so the list's count is the figure's number.

export const REPORT_APPLICANTS_PAGE_SIZE = 50;

export interface ReportApplicantRow {
  id: number;
  firstName: string;
  lastName: string;
  jobId: number;
  jobTitle: string;
  stageName: string;
  submittedAt: Date;
}

export interface ReportApplicantPage {
  total: number;
  rows: ReportApplicantRow[];
  /** The id to pass as `after` for the next page (newest first, by id); null on the last page. */
  nextAfter: number | null;
}

function sliceCondition(slice: ReportSlice | null): SQL {
  if (!slice) return sql`true`;
  switch (slice.kind) {
    case 'reached':
      return sql`${furthestRankSql} >= ${FUNNEL_KINDS.indexOf(slice.stageKind)}`;
    case 'hired':
      return sql`exists (select 1 from stage_events e join stages st on st.id = e.to_stage_id where e.application_id = s.id and st.kind = 'hired')`;
    case 'source': {
      const source = slice.source === null ? sql`s.source is null` : sql`s.source = ${slice.source}`;
      return slice.hiredOnly ? sql`${source} and cur.kind = 'hired'` : source;
    }
    case 'rejection-reason': {
      const last = sql`(select e.rejection_reason_id from stage_events e
        where e.application_id = s.id and e.rejection_reason_id is not null order by e.created_at desc, e.id desc limit 1)`;
      const reason = slice.reasonId === null ? sql`${last} is null` : sql`${last} = ${slice.reasonId}`;
      return sql`cur.kind = 'rejected' and ${reason}`;
    }
    case 'period': {
      const unit = sql.raw(`'${slice.unit === 'week' ? 'week' : 'month'}'`);
      return sql`date_trunc(${unit}, s.submitted_at at time zone 'UTC')::date = ${slice.start}::date`;
    }
  }
}

/** One page of the slice's applicants, newest first, with the slice's total. */
export async function listReportApplicants(
  actor: Actor,
  filters: ReportFilters,
  slice: ReportSlice | null,
  after: number | null,
  conn: DbOrTx = db,
): Promise<ReportApplicantPage> {
  const rows = await conn.execute<{
    id: number;
    first_name: string;
    last_name: string;
    job_id: number;
    job_title: string;
    stage_name: string;
    submitted_iso: string;
    total: number;
  }>(sql`
    with s as materialized (
      select a.id, a.job_id, a.stage_id, a.submitted_at, a.source, a.first_name, a.last_name, j.title as job_title
      from applications a join jobs j on j.id = a.job_id
      where ${reportScope(actor, filters)}
    ),
    matching as (
      select s.*, cur.name as stage_name from s join stages cur on cur.id = s.stage_id
      where ${sliceCondition(slice)}
    )
    select id, first_name, last_name, job_id, job_title, stage_name,
      to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_iso,
      (select count(*)::int from matching) as total
    from matching
    where ${after === null ? sql`true` : sql`id < ${after}`}
    order by id desc
    limit ${REPORT_APPLICANTS_PAGE_SIZE + 1}`);
  const list = [...rows];
  const page = list.slice(0, REPORT_APPLICANTS_PAGE_SIZE);
  let total = list[0]?.total ?? 0;
  if (!list.length && after !== null) {
    const [row] = await conn.execute<{ total: number }>(sql`
      with s as (select a.id, a.stage_id, a.submitted_at, a.source from applications a join jobs j on j.id = a.job_id where ${reportScope(actor, filters)})
      select count(*)::int as total from s join stages cur on cur.id = s.stage_id where ${sliceCondition(slice)}`);
    total = row?.total ?? 0;
  }
  return {
    total,
    rows: page.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      jobId: r.job_id,
      jobTitle: r.job_title,
      stageName: r.stage_name,
      submittedAt: new Date(r.submitted_iso),
    })),
    nextAfter: list.length > REPORT_APPLICANTS_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}
