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
export function reportScope(actor: Actor, filters: ReportFilters, alias = 'f', dates: 'timestamp' | 'day' = 'timestamp'): SQL {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  const where: SQL[] = [];
  if (actor.role !== 'admin') where.push(sql`${col('job_id')} in (select h.job_id from hiring_team_members h where h.user_id = ${actor.id})`);
  if (filters.job !== undefined) where.push(sql`${col('job_id')} = ${filters.job}`);
  if (filters.department !== undefined) where.push(sql`${col('job_id')} in (select j.id from jobs j where j.department_id = ${filters.department})`);
  if (filters.location !== undefined) where.push(sql`${col('job_id')} in (select j.id from jobs j where j.location_id = ${filters.location})`);
  // Whole UTC days, both ends included.
  if (dates === 'day') {
    if (filters.from) where.push(sql`${col('day')} >= ${filters.from}::date`);
    if (filters.to) where.push(sql`${col('day')} <= ${filters.to}::date`);
  } else {
    if (filters.from) where.push(sql`${col('submitted_at')} >= ${filters.from}::date::timestamptz`);
    if (filters.to) where.push(sql`${col('submitted_at')} < (${filters.to}::date + 1)::timestamptz`);
  }
  return where.length ? sql.join(where, sql` and `) : sql`true`;
}

// Every figure sums the rollups (report_daily, report_daily_reasons, report_durations: per job
// and UTC day), kept by triggers from the per-application facts: db/schema/reports.ts.
const rollupScope = (actor: Actor, filters: ReportFilters) => reportScope(actor, filters, 'f', 'day');
// Without a date range the monthly rollups give the same sums from a thirtieth of the rows.
const allTime = (filters: ReportFilters) => !filters.from && !filters.to;
const ROLLUPS = {
  counts: { daily: 'report_daily', monthly: 'report_monthly' },
  durations: { daily: 'report_durations', monthly: 'report_durations_monthly' },
} as const;
const rollup = (filters: ReportFilters, kind: keyof typeof ROLLUPS) => sql.raw(ROLLUPS[kind][allTime(filters) ? 'monthly' : 'daily']);

async function funnel(conn: DbOrTx, actor: Actor, filters: ReportFilters) {
  const [row] = await conn.execute<Record<string, number>>(sql`
    select coalesce(sum(f.applications), 0)::int as applied,
      coalesce(sum(f.reached_screening), 0)::int as screening,
      coalesce(sum(f.reached_interview), 0)::int as interview,
      coalesce(sum(f.reached_offer), 0)::int as offer,
      coalesce(sum(f.reached_hired), 0)::int as hired,
      coalesce(sum(f.rejected_now), 0)::int as rejected
    from ${rollup(filters, 'counts')} f where ${rollupScope(actor, filters)}`);
  const counts = row ?? {};
  const steps = FUNNEL_KINDS.map((kind, i): FunnelStep => {
    const reached = Number(counts[kind] ?? 0);
    const previous = i === 0 ? 0 : Number(counts[FUNNEL_KINDS[i - 1] as FunnelKind] ?? 0);
    return { kind, reached, conversion: i === 0 || previous === 0 ? null : reached / previous };
  });
  return { steps, rejected: Number(counts.rejected ?? 0) };
}

/** percentile_cont over a histogram: `buckets` sorted by value, each a value and how many had it. */
export function histogramPercentile(buckets: readonly { value: number; count: number }[], p: number): number | null {
  const n = buckets.reduce((sum, b) => sum + b.count, 0);
  if (n === 0) return null;
  const position = p * (n - 1);
  const at = (index: number) => {
    let seen = 0;
    for (const b of buckets) {
      seen += b.count;
      if (index < seen) return b.value;
    }
    return buckets.at(-1)?.value ?? 0;
  };
  const low = Math.floor(position);
  const lower = at(low);
  return lower + (position - low) * (at(Math.ceil(position)) - lower);
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** Median and 90th percentile (days) of each measure's histogram, from tenths of a day. */
async function durations(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<Map<string, DurationStats>> {
  const rows = await conn.execute<{ measure: string; tenths: number; count: number }>(sql`
    select f.measure, f.tenths, sum(f.count)::int as count
    from ${rollup(filters, 'durations')} f
    where f.measure in ('applied', 'screening', 'interview', 'offer', 'hire') and ${rollupScope(actor, filters)}
    group by f.measure, f.tenths
    having sum(f.count) > 0
    order by f.measure, f.tenths`);
  const byMeasure = new Map<string, { value: number; count: number }[]>();
  for (const r of rows) {
    const list = byMeasure.get(r.measure) ?? [];
    list.push({ value: r.tenths / 10, count: r.count });
    byMeasure.set(r.measure, list);
  }
  const stats = new Map<string, DurationStats>();
  for (const [measure, buckets] of byMeasure) {
    stats.set(measure, {
      count: buckets.reduce((sum, b) => sum + b.count, 0),
      medianDays: oneDecimal(histogramPercentile(buckets, 0.5)),
      p90Days: oneDecimal(histogramPercentile(buckets, 0.9)),
    });
  }
  return stats;
}

const NO_DURATIONS: DurationStats = { count: 0, medianDays: null, p90Days: null };

/** Weeks for a range up to half a year, months beyond; every period listed, empty ones as 0. */
async function overTime(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<ReportFigures['overTime']> {
  if (allTime(filters)) {
    const months = await overTimeByMonth(conn, actor, filters);
    if (months) return months;
  }
  const [bounds] = await conn.execute<{ first: string | null; last: string | null }>(sql`
    select coalesce(${filters.from ?? null}::date, min(f.day))::text as first, coalesce(${filters.to ?? null}::date, max(f.day))::text as last
    from report_daily f where f.applications > 0 and ${rollupScope(actor, filters)}`);
  if (!bounds?.first || !bounds.last) return { unit: 'week', periods: [] };
  const spanDays = (Date.parse(bounds.last) - Date.parse(bounds.first)) / 86_400_000;
  const unit = spanDays <= 183 ? 'week' : 'month';
  const step = sql.raw(`'1 ${unit}'::interval`);
  const trunc = sql.raw(`'${unit}'`);
  const rows = await conn.execute<{ start: string; count: number }>(sql`
    with counts as (
      select date_trunc(${trunc}, f.day)::date as start, sum(f.applications)::int as count
      from report_daily f where ${rollupScope(actor, filters)}
      group by 1
    )
    select p::date::text as start, coalesce(c.count, 0)::int as count
    from generate_series(date_trunc(${trunc}, ${bounds.first}::date), date_trunc(${trunc}, ${bounds.last}::date), ${step}) p
    left join counts c on c.start = p::date
    order by p`);
  return { unit, periods: [...rows].map((r) => ({ start: r.start, count: r.count })) };
}

/** All time over more than half a year: months straight from report_monthly; null when the span is shorter. */
async function overTimeByMonth(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<ReportFigures['overTime'] | null> {
  const [bounds] = await conn.execute<{ first: string | null; last: string | null }>(sql`
    select min(f.month)::text as first, (max(f.month) + interval '1 month' - interval '1 day')::date::text as last
    from report_monthly f where f.applications > 0 and ${rollupScope(actor, filters)}`);
  if (!bounds?.first || !bounds.last) return { unit: 'week', periods: [] };
  if ((Date.parse(bounds.last) - Date.parse(bounds.first)) / 86_400_000 <= 183) return null;
  const rows = await conn.execute<{ start: string; count: number }>(sql`
    with counts as (
      select f.month, sum(f.applications)::int as count from report_monthly f where ${rollupScope(actor, filters)} group by 1
    )
    select p::date::text as start, coalesce(c.count, 0)::int as count
    from generate_series(${bounds.first}::date, ${bounds.last}::date, '1 month'::interval) p
    left join counts c on c.month = p::date
    order by p`);
  return { unit: 'month', periods: [...rows].map((r) => ({ start: r.start, count: r.count })) };
}

/** Applications and hires (now in a hired-kind stage) per source. */
async function sources(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<SourceRow[]> {
  const rows = await conn.execute<{ source: string; applications: number; hires: number }>(sql`
    select f.source, sum(f.applications)::int as applications, sum(f.hired_now)::int as hires
    from ${rollup(filters, 'counts')} f where ${rollupScope(actor, filters)}
    group by f.source
    having sum(f.applications) > 0
    order by applications desc, hires desc, nullif(f.source, '') asc nulls last`);
  return [...rows].map((r) => ({ source: r.source === '' ? null : r.source, applications: r.applications, hires: r.hires }));
}

/** Applications now rejected, by the reason of their latest rejection. */
async function rejectionReasons(conn: DbOrTx, actor: Actor, filters: ReportFilters): Promise<RejectionReasonRow[]> {
  const rows = await conn.execute<{ reason_id: number; label: string | null; count: number }>(sql`
    select c.reason_id, r.label, c.count from (
      select f.reason_id, sum(f.count)::int as count
      from report_daily_reasons f
      where ${rollupScope(actor, filters)}
      group by f.reason_id
      having sum(f.count) > 0
    ) c left join rejection_reasons r on r.id = c.reason_id
    order by c.count desc, r.label asc nulls last`);
  return [...rows].map((r) => ({ reasonId: r.reason_id === 0 ? null : r.reason_id, label: r.label ?? 'No reason recorded', count: r.count }));
}

/** Every figure of the reports page, in parallel (each is one statement). */
export async function getReportFigures(actor: Actor, filters: ReportFilters, conn: DbOrTx = db): Promise<ReportFigures> {
  const [f, spans, time, src, reasons] = await Promise.all([
    funnel(conn, actor, filters),
    durations(conn, actor, filters),
    overTime(conn, actor, filters),
    sources(conn, actor, filters),
    rejectionReasons(conn, actor, filters),
  ]);
  const timeInStage = FUNNEL_KINDS.filter((k) => k !== 'hired').map((kind) => ({ kind, ...(spans.get(kind) ?? NO_DURATIONS) }));
  return { funnel: f.steps, rejected: f.rejected, timeInStage, timeToHire: spans.get('hire') ?? NO_DURATIONS, overTime: time, sources: src, rejectionReasons: reasons };
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
