import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { FUNNEL_KINDS, type ReportFilters, type ReportSlice } from '@/lib/domain/report-kinds';
import type { Actor } from './access';
import { reportScope } from './reports';

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
      return sql`f.furthest_rank >= ${FUNNEL_KINDS.indexOf(slice.stageKind)}`;
    case 'stayed':
      return sql`exists (select 1 from report_stays rs where rs.application_id = f.application_id and rs.kind = ${slice.stageKind})`;
    case 'hired':
      return sql`f.hired_at is not null`;
    case 'source': {
      const source = slice.source === null ? sql`f.source is null` : sql`f.source = ${slice.source}`;
      return slice.hiredOnly ? sql`${source} and f.current_kind = 'hired'` : source;
    }
    case 'rejection-reason': {
      const reason = slice.reasonId === null ? sql`f.rejection_reason_id is null` : sql`f.rejection_reason_id = ${slice.reasonId}`;
      return sql`f.current_kind = 'rejected' and ${reason}`;
    }
    case 'period': {
      const unit = sql.raw(`'${slice.unit === 'week' ? 'week' : 'month'}'`);
      return sql`date_trunc(${unit}, f.submitted_at at time zone 'UTC')::date = ${slice.start}::date`;
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
  const where = sql`${reportScope(actor, filters)} and ${sliceCondition(slice)}`;
  const [counted, rows] = await Promise.all([
    conn.execute<{ total: number }>(sql`select count(*)::int as total from application_report_facts f where ${where}`),
    conn.execute<{ id: number; first_name: string; last_name: string; job_id: number; job_title: string; stage_name: string; submitted_iso: string }>(sql`
      select a.id, a.first_name, a.last_name, a.job_id, j.title as job_title, cur.name as stage_name,
        to_char(a.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_iso
      from application_report_facts f
      join applications a on a.id = f.application_id
      join jobs j on j.id = a.job_id
      join stages cur on cur.id = a.stage_id
      where ${where} and ${after === null ? sql`true` : sql`f.application_id < ${after}`}
      order by f.application_id desc
      limit ${REPORT_APPLICANTS_PAGE_SIZE + 1}`),
  ]);
  const list = [...rows];
  const page = list.slice(0, REPORT_APPLICANTS_PAGE_SIZE);
  const total = [...counted][0]?.total ?? 0;
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
