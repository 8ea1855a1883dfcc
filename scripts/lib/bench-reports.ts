import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type postgres from 'postgres';
import { createDb } from '../../db/client';
import type { Actor } from '../../db/queries/access';
import { getReportFigures } from '../../db/queries/reports';
import type { ReportFilters } from '../../lib/domain/report-kinds';

// `npm run bench -- reports`: the reports' queries over a large history, called directly
// (PostgreSQL plus driver: the page adds only rendering). Nothing asserts a timing.

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 20);

/**
 * `count` applications spread over every seeded job and the last two years, with a stage
 * history each: of every 20, 10 stop at Applied, 5 at Screening, 3 at Interview, 1 at Offer,
 * 1 is hired; every odd one that stopped before Offer was then rejected. One INSERT … SELECT …
 * generate_series per table. Triggers are off for the load (session_replication_role): they
 * keep search and sort copies the reports never read and would slow the load tenfold; the
 * report facts are then rebuilt in one pass (rebuild_report_facts, as migration 0018 does).
 */
export async function seedReportHistory(sql: postgres.Sql, count: number): Promise<void> {
  const tag = randomBytes(3).toString('hex');
  await sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`create temp table bench_stages on commit drop as
      select job_id, id, array_position(array['applied','screening','interview','offer','hired','rejected']::stage_kind[], kind) - 1 as r
      from stages where removed_at is null`;
    await tx`create temp table bench_jobs on commit drop as
      select row_number() over (order by job_id) - 1 as n, job_id from (select distinct job_id from bench_stages) j`;
    const [jobs] = await tx<{ n: number }[]>`select count(*)::int as n from bench_jobs`;
    if (!jobs?.n) throw new Error('No jobs with stages to load applications into');
    await tx`insert into candidates (email, first_name, last_name)
      select 'b' || g || '-' || ${tag} || '@bench.example', 'Bench', 'Person ' || g from generate_series(1, ${count}) g`;
    await tx`create temp table bench_plan on commit drop as
      select g, c.id as candidate_id, bj.job_id,
        (array[0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,2,2,2,3,4])[g % 20 + 1] as r,
        now() - (g % 730) * interval '1 day' - (g % 1440) * interval '1 minute' as submitted_at,
        (array['linkedin', 'indeed', null, 'referral', 'careers-page', null])[g % 6 + 1] as source
      from generate_series(1, ${count}) g
      join candidates c on c.email = 'b' || g || '-' || ${tag} || '@bench.example'
      join bench_jobs bj on bj.n = g % ${jobs.n}`;
    await tx`alter table bench_plan add column rejected boolean`;
    await tx`update bench_plan set rejected = (g % 2 = 1 and r < 3)`;
    await tx`insert into applications (reference, job_id, candidate_id, stage_id, first_name, last_name, consent_text, consented_at, submitted_at, source)
      select 'B-' || ${tag} || '-' || p.g, p.job_id, p.candidate_id,
        (select s.id from bench_stages s where s.job_id = p.job_id and s.r = case when p.rejected then 5 else p.r end limit 1),
        'Bench', 'Person ' || p.g, 'Bench consent', p.submitted_at, p.submitted_at, p.source
      from bench_plan p`;
    // One event per step forward (a few days apart), then the rejection with a reason.
    await tx`insert into stage_events (application_id, from_stage_id, to_stage_id, rejection_reason_id, created_at)
      select a.id,
        (select s.id from bench_stages s where s.job_id = p.job_id and s.r = case when step > p.r then p.r else step - 1 end limit 1),
        (select s.id from bench_stages s where s.job_id = p.job_id and s.r = case when step > p.r then 5 else step end limit 1),
        case when step > p.r then (select id from rejection_reasons order by position limit 1 offset (p.g % 3)) end,
        p.submitted_at + step * (1 + p.g % 9) * interval '1 day'
      from bench_plan p
      join applications a on a.reference = 'B-' || ${tag} || '-' || p.g
      cross join lateral generate_series(1, p.r + case when p.rejected then 1 else 0 end) step`;
    // The report facts' triggers were off for the load: build them the way migration 0018 backfills.
    await tx`select rebuild_report_facts()`;
  });
  await sql`analyze`;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Seeds `count` applications and times getReportFigures for each case; returns a Markdown table. */
export async function benchReports({ databaseUrl, count, log }: { databaseUrl: string; count: number; log: (line: string) => void }): Promise<string> {
  const { db, sql } = createDb(databaseUrl, { max: 10 });
  try {
    const started = performance.now();
    await seedReportHistory(sql, count);
    log(`seeded ${count.toLocaleString('en-US')} applications with their stage history in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const [admin] = await sql<{ id: string }[]>`select id from users where role = 'admin' and active order by created_at limit 1`;
    const [manager] = await sql<{ id: string }[]>`select user_id as id from hiring_team_members group by user_id order by count(*) desc limit 1`;
    const [job] = await sql<{ id: number }[]>`select job_id as id from applications group by job_id order by count(*) desc limit 1`;
    const [totals] = await sql<{ applications: number; events: number }[]>`
      select (select count(*)::int from applications) as applications, (select count(*)::int from stage_events) as events`;
    if (!admin || !job) throw new Error('No admin or job in the seeded database');
    const adminActor: Actor = { id: admin.id, role: 'admin' };
    const cases: { name: string; actor: Actor; filters: ReportFilters }[] = [
      { name: 'admin, every job, all time', actor: adminActor, filters: {} },
      { name: 'admin, last 90 days', actor: adminActor, filters: { from: new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10) } },
      { name: 'admin, one job', actor: adminActor, filters: { job: job.id } },
    ];
    if (manager) cases.push({ name: 'hiring manager, their teams’ jobs', actor: { id: manager.id, role: 'hiring_manager' }, filters: {} });
    const lines = [
      `Reports over ${totals?.applications.toLocaleString('en-US')} applications and ${totals?.events.toLocaleString('en-US')} stage events (${RUNS} runs each, all six figures per run):`,
      '',
      '| report | p50 (ms) | p95 (ms) |',
      '| --- | ---: | ---: |',
    ];
    for (const c of cases) {
      await getReportFigures(c.actor, c.filters, db); // warm the cache and the plans
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await getReportFigures(c.actor, c.filters, db);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      lines.push(`| ${c.name} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} |`);
      log(`${c.name}: p95 ${percentile(times, 95).toFixed(0)} ms`);
    }
    return lines.join('\n');
  } finally {
    await sql.end();
  }
}
