import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { FUNNEL_KINDS, type FunnelKind, type ReportFilters } from '@/lib/domain/report-kinds';
import type { Actor } from './access';

// The hiring reports. Every figure starts from the same scoped set of applications: the jobs
// the actor may see (admins all, managers their hiring teams'), narrowed by the URL's filters.
// Kinds, not stage names, are compared across jobs: each job names its stages its own way.

export interface FunnelStep {
  kind: FunnelKind;
  /** Applications that got this far (were ever in a stage of this kind or a later one). */
  reached: number;
  /** reached / the previous step's reached; null for the first step or when that is 0. */
  conversion: number | null;
}

export interface DurationStats {
  count: number;
  /** Days; null when count is 0. */
  medianDays: number | null;
  p90Days: number | null;
}

export interface TimeInStage extends DurationStats {
  kind: FunnelKind;
}

export interface PeriodCount {
  /** First day of the week (Monday) or month, YYYY-MM-DD (UTC). */
  start: string;
  count: number;
}

export interface SourceRow {
  /** null: no tracked source ("Direct"). */
  source: string | null;
  applications: number;
  hires: number;
}

export interface RejectionReasonRow {
  /** null: rejected without a recorded reason (before reasons were required). */
  reasonId: number | null;
  label: string;
  count: number;
}

export interface ReportFigures {
  funnel: FunnelStep[];
  /** Applications rejected (currently in a rejected-kind stage). */
  rejected: number;
  timeInStage: TimeInStage[];
  timeToHire: DurationStats;
  overTime: { unit: 'week' | 'month'; periods: PeriodCount[] };
  sources: SourceRow[];
  rejectionReasons: RejectionReasonRow[];
}

/**
 * The WHERE clause shared by every figure and the drill-down list, over a table with `job_id`
 * and `submitted_at` (the facts tables, or applications) under `alias`. No join: jobs and teams
 * are small, so "job_id in (…)" keeps each figure one scan of one narrow table.
 */
export function reportScope(actor: Actor, filters: ReportFilters, alias = 'f'): SQL {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  const where: SQL[] = [];
  if (actor.role !== 'admin') where.push(sql`${col('job_id')} in (select h.job_id from hiring_team_members h where h.user_id = ${actor.id})`);
  if (filters.job !== undefined) where.push(sql`${col('job_id')} = ${filters.job}`);
  if (filters.department !== undefined) where.push(sql`${col('job_id')} in (select j.id from jobs j where j.department_id = ${filters.department})`);
  if (filters.location !== undefined) where.push(sql`${col('job_id')} in (select j.id from jobs j where j.location_id = ${filters.location})`);
  // Whole UTC days, both ends included.
  if (filters.from) where.push(sql`${col('submitted_at')} >= ${filters.from}::date::timestamptz`);
  if (filters.to) where.push(sql`${col('submitted_at')} < (${filters.to}::date + 1)::timestamptz`);
  return where.length ? sql.join(where, sql` and `) : sql`true`;
}

// Every figure reads application_report_facts (one row per application) or report_stays (one
// row per stage event), kept by triggers: db/schema/reports.ts.

async function funnel(conn: DbOrTx, actor: Actor, filters: ReportFilters) {
  const [row] = await conn.execute<Record<string, number>>(sql`
    select count(*)::int as applied,
      count(*) filter (where f.furthest_rank >= 1)::int as screening,
      count(*) filter (where f.furthest_rank >= 2)::int as interview,
      count(*) filter (where f.furthest_rank >= 3)::int as offer,
      count(*) filter (where f.furthest_rank >= 4)::int as hired,
      count(*) filter (where f.current_kind = 'rejected')::int as rejected
    from application_report_facts f where ${reportScope(actor, filters)}`);
  const counts = row ?? {};
  const steps = FUNNEL_KINDS.map((kind, i): FunnelStep => {
    const reached = Number(counts[kind] ?? 0);
    const previous = i === 0 ? 0 : Number(counts[FUNNEL_KINDS[i - 1] as FunnelKind] ?? 0);
    return { kind, reached, conversion: i === 0 || previous === 0 ? null : reached / previous };
  });
  return { steps, rejected: Number(counts.rejected ?? 0) };
}

const days = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10);

/** Completed stays in each kind of stage (a stay still going has no length yet). */
async function timeInStage(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<TimeInStage[]> {
  const rows = await conn.execute<{ kind: FunnelKind; count: number; median: string | null; p90: string | null }>(sql`
    select f.kind, count(*)::int as count,
      percentile_cont(0.5) within group (order by greatest(f.days, 0)) as median,
      percentile_cont(0.9) within group (order by greatest(f.days, 0)) as p90
    from report_stays f
    where f.kind in ('applied', 'screening', 'interview', 'offer') and ${reportScope(actor, filters)}
    group by f.kind`);
  const byKind = new Map([...rows].map((r) => [r.kind, r]));
  return FUNNEL_KINDS.filter((k) => k !== 'hired').map((kind) => {
    const r = byKind.get(kind);
    return { kind, count: r?.count ?? 0, medianDays: days(r?.median), p90Days: days(r?.p90) };
  });
}

/** From submission to the first move into a hired-kind stage. */
async function timeToHire(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<DurationStats> {
  const [row] = await conn.execute<{ count: number; median: string | null; p90: string | null }>(sql`
    select count(*)::int as count,
      percentile_cont(0.5) within group (order by greatest(extract(epoch from f.hired_at - f.submitted_at) / 86400, 0)) as median,
      percentile_cont(0.9) within group (order by greatest(extract(epoch from f.hired_at - f.submitted_at) / 86400, 0)) as p90
    from application_report_facts f
    where f.hired_at is not null and ${reportScope(actor, filters)}`);
  return { count: row?.count ?? 0, medianDays: days(row?.median), p90Days: days(row?.p90) };
}

/** Weeks for a range up to half a year, months beyond; every period listed, empty ones as 0. */
async function overTime(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<ReportFigures['overTime']> {
  const [bounds] = await conn.execute<{ first: string | null; last: string | null }>(sql`
    select coalesce(${filters.from ?? null}::date, (min(f.submitted_at) at time zone 'UTC')::date)::text as first,
      coalesce(${filters.to ?? null}::date, (max(f.submitted_at) at time zone 'UTC')::date)::text as last
    from application_report_facts f where ${reportScope(actor, filters)}`);
  if (!bounds?.first || !bounds.last) return { unit: 'week', periods: [] };
  const spanDays = (Date.parse(bounds.last) - Date.parse(bounds.first)) / 86_400_000;
  const unit = spanDays <= 183 ? 'week' : 'month';
  const step = sql.raw(`'1 ${unit}'::interval`);
  const trunc = sql.raw(`'${unit}'`);
  const rows = await conn.execute<{ start: string; count: number }>(sql`
    with counts as (
      select date_trunc(${trunc}, f.submitted_at at time zone 'UTC')::date as start, count(*)::int as count
      from application_report_facts f where ${reportScope(actor, filters)}
      group by 1
    )
    select p::date::text as start, coalesce(c.count, 0)::int as count
    from generate_series(date_trunc(${trunc}, ${bounds.first}::date), date_trunc(${trunc}, ${bounds.last}::date), ${step}) p
    left join counts c on c.start = p::date
    order by p`);
  return { unit, periods: [...rows].map((r) => ({ start: r.start, count: r.count })) };
}

/** Applications and hires (now in a hired-kind stage) per source. */
async function sources(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<SourceRow[]> {
  const rows = await conn.execute<{ source: string | null; applications: number; hires: number }>(sql`
    select f.source, count(*)::int as applications, count(*) filter (where f.current_kind = 'hired')::int as hires
    from application_report_facts f where ${reportScope(actor, filters)}
    group by f.source
    order by applications desc, hires desc, f.source asc nulls last`);
  return [...rows].map((r) => ({ source: r.source, applications: r.applications, hires: r.hires }));
}

/** Applications now rejected, by the reason of their latest rejection. */
async function rejectionReasons(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<RejectionReasonRow[]> {
  const rows = await conn.execute<{ reason_id: number | null; label: string | null; count: number }>(sql`
    select c.reason_id, r.label, c.count from (
      select f.rejection_reason_id as reason_id, count(*)::int as count
      from application_report_facts f
      where f.current_kind = 'rejected' and ${reportScope(actor, filters)}
      group by f.rejection_reason_id
    ) c left join rejection_reasons r on r.id = c.reason_id
    order by c.count desc, r.label asc nulls last`);
  return [...rows].map((r) => ({ reasonId: r.reason_id, label: r.label ?? 'No reason recorded', count: r.count }));
}

/** Every figure of the reports page, in parallel (each is one statement). */
export async function getReportFigures(actor: Actor, filters: ReportFilters, conn: DbOrTx = db): Promise<ReportFigures> {
  const [f, stay, hire, time, src, reasons] = await Promise.all([
    funnel(conn, actor, filters),
    timeInStage(conn, actor, filters),
    timeToHire(conn, actor, filters),
    overTime(conn, actor, filters),
    sources(conn, actor, filters),
    rejectionReasons(conn, actor, filters),
  ]);
  return { funnel: f.steps, rejected: f.rejected, timeInStage: stay, timeToHire: hire, overTime: time, sources: src, rejectionReasons: reasons };
}

export interface ReportFilterOptions {
  jobs: { id: number; title: string }[];
  departments: { id: number; name: string }[];
  locations: { id: number; name: string }[];
}

/** The filter form's choices: only jobs the actor may see, and the departments and locations of those. */
export async function listReportFilterOptions(actor: Actor, conn: DbOrTx = db): Promise<ReportFilterOptions> {
  const visible =
    actor.role === 'admin' ? sql`true` : sql`exists (select 1 from hiring_team_members h where h.job_id = j.id and h.user_id = ${actor.id})`;
  const jobs = await conn.execute<{ id: number; title: string; department_id: number | null; department: string | null; location_id: number | null; location: string | null }>(sql`
    select j.id, j.title, d.id as department_id, d.name as department, l.id as location_id,
      concat_ws(', ', coalesce(l.city, l.remote_area), l.region, l.country_code) as location
    from jobs j left join departments d on d.id = j.department_id left join locations l on l.id = j.location_id
    where ${visible}
    order by j.title, j.id`);
  const departments = new Map<number, string>();
  const locations = new Map<number, string>();
  for (const j of jobs) {
    if (j.department_id !== null && j.department) departments.set(j.department_id, j.department);
    if (j.location_id !== null && j.location) locations.set(j.location_id, j.location);
  }
  const sorted = (m: Map<number, string>) => [...m].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  return { jobs: [...jobs].map((j) => ({ id: j.id, title: j.title })), departments: sorted(departments), locations: sorted(locations) };
}
