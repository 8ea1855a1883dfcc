import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql as q } from 'drizzle-orm';
import type postgres from 'postgres';
import { createDb, type Database } from '../../db/client';
import type { Actor } from '../../db/queries/access';
import { listApplicants } from '../../db/queries/applicants';
import { listBoardCards, listDashboardJobs } from '../../db/queries/dashboard';
import { createJob } from '../../db/queries/job-writes';
import { BOARD_PAGE_SIZE } from '../../lib/domain/board-columns';
import { APPLICANT_SORTS, type ApplicantParams, type ApplicantSort } from '../../lib/dashboard/applicant-params';
import { encodeCursor, SORT_KEYS, type KeyValue } from '../../db/keyset';
import { load } from './bench-load';
import { signInCookie } from './bench-session';
import { cpuMsPerRequest, withServerCpu, type BenchServer } from './bench-server';

// The dashboard on a job with 100,000 applicants: first the query functions called directly
// (PostgreSQL plus driver), then the pages over HTTP with a signed-in manager. Nothing asserts
// a timing; the tables are for reading next to earlier runs on the same machine.

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

async function p95(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm the plan cache and the buffers
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.min(times.length - 1, Math.ceil(runs * 0.95) - 1)] ?? 0;
}

async function createBenchActors(db: Database, jobId: number): Promise<{ admin: Actor; manager: Actor }> {
  const tag = randomBytes(4).toString('hex');
  const made = await db.execute<{ id: string; role: Actor['role'] }>(
    // users.id has no database default (Drizzle fills it in the app), so the bench names its own.
    q`insert into users (id, email, name, role) values
      (${randomUUID()}, ${`bench-admin-${tag}@example.com`}, 'Bench Admin', 'admin'),
      (${randomUUID()}, ${`bench-manager-${tag}@example.com`}, 'Bench Manager', 'hiring_manager')
      returning id, role`,
  );
  const admin = [...made].find((u) => u.role === 'admin');
  const manager = [...made].find((u) => u.role === 'hiring_manager');
  if (!admin || !manager) throw new Error('Bench users were not created');
  await db.execute(q`insert into hiring_team_members (job_id, user_id) values (${jobId}, ${manager.id})`);
  return { admin, manager };
}

export async function benchDashboard({
  databaseUrl,
  baseUrl,
  log,
  server,
}: {
  databaseUrl: string;
  baseUrl: string;
  log: (line: string) => void;
  /** The server under load, for its CPU per request. */
  server: BenchServer;
}): Promise<string> {
  const RUNS = 50;
  const COUNT = 100_000;
  const DEEP_OFFSET = 50_000; // page ~1000 of 50
  const { db, sql } = createDb(databaseUrl, { max: 2 });
  // visibleToActor() builds its sub-select on the app's pool (db/index.ts), which reads
  // DATABASE_URL; a script may not have it set, so point that pool at the bench database.
  const shared = globalThis as unknown as { porticoDb?: ReturnType<typeof createDb> };
  const ownsShared = !shared.porticoDb;
  shared.porticoDb ??= createDb(databaseUrl, { max: 1 });
  try {
    const job = await createJob(db, {
      slug: `bench-dashboard-${randomBytes(3).toString('hex')}`,
      title: 'Bench: 100,000 applicants',
      departmentId: null,
      locationId: null,
      workplaceType: 'remote',
      employmentType: 'full_time',
      pay: null,
      summary: '',
      descriptionMarkdown: '',
      status: 'published',
    });
    log(`dashboard bench: seeding ${COUNT.toLocaleString('en-US')} applications on job ${job.id}…`);
    const seedStart = performance.now();
    await seedManyApplicants(sql, { jobId: job.id, count: COUNT });
    log(`dashboard bench: seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const { admin, manager } = await createBenchActors(db, job.id);

    const rows: Array<[string, number]> = [];
    const list = (params: ApplicantParams) => () => listApplicants(manager, job.id, params, db);
    for (const sort of APPLICANT_SORTS) {
      rows.push([`applicants, sort ${sort}, first page`, await p95(RUNS, list({ sort }))]);
      const after = await cursorAt(sql, job.id, sort, DEEP_OFFSET);
      rows.push([`applicants, sort ${sort}, page ~${DEEP_OFFSET / 50} (keyset)`, await p95(RUNS, list({ sort, after }))]);
    }
    const [screening] = await sql<{ id: number }[]>`select id from stages where job_id = ${job.id} and position = 1`;
    if (!screening) throw new Error('The bench job has no second stage');
    rows.push(['applicants, stage filter + date, first page', await p95(RUNS, list({ sort: 'date', stage: screening.id }))]);
    rows.push(['applicants, search "ada", first page', await p95(RUNS, list({ sort: 'date', q: 'ada' }))]);
    rows.push([`board, newest ${BOARD_PAGE_SIZE} per stage`, await p95(RUNS, () => listBoardCards(manager, job.id, new Map(), db))]);
    rows.push(['dashboard overview (manager)', await p95(RUNS, () => listDashboardJobs(manager, db))]);
    rows.push(['dashboard overview (admin, all jobs)', await p95(RUNS, () => listDashboardJobs(admin, db))]);

    const table = ['| dashboard query (100,000 applicants on one job) | p95 server time (ms) |', '| --- | ---: |'];
    for (const [name, ms] of rows) table.push(`| ${name} | ${ms.toFixed(1)} |`);

    // The same pages over HTTP, as the demo hiring manager (put on this job's team), 10 connections.
    await db.execute(q`insert into hiring_team_members (job_id, user_id) select ${job.id}, id from users where email = 'manager@example.com' on conflict do nothing`);
    const cookie = await signInCookie(baseUrl, 'manager@example.com', 'portico-demo');
    const pages: Array<[string, string]> = [
      ['applicant table, first page of 50', `/dashboard/jobs/${job.id}`],
      ['kanban board (first page of each column)', `/dashboard/jobs/${job.id}/board`],
      ['overview `/dashboard`', '/dashboard'],
    ];
    table.push(
      '',
      '| dashboard page over HTTP (manager, 10 connections) | requests/s | p50 (ms) | p99 (ms) | server CPU ms/request | one request alone (ms) | KB/response | KB uncompressed | failed |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [name, path] of pages) {
      await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      // Uncompressed, as a browser holds it (the issue's size goals), and the time of a request on an idle server.
      const alone = await p95(RUNS, () => fetch(`${baseUrl}${path}`, { headers: { cookie } }).then((r) => r.arrayBuffer()));
      const raw = (await (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).arrayBuffer()).byteLength;
      const [result, cpuSeconds] = await withServerCpu(server, () =>
        load(`${baseUrl}${path}`, { connections: 10, seconds: 10, args: [`Cookie: ${cookie}`, 'Accept-Encoding: gzip'] }),
      );
      const failed = Object.entries(result.statuses).reduce((sum, [status, n]) => (status === '200' ? sum : sum + n), result.errors);
      table.push(
        `| ${name} | ${result.rps.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${cpuMsPerRequest(cpuSeconds, result.requests)} | ${alone.toFixed(1)} (p95) | ${(result.bytesPerResponse / 1024).toFixed(1)} gzip | ${(raw / 1024).toFixed(1)} | ${failed} |`,
      );
      log(`dashboard ${name}: ${result.rps.toFixed(0)} req/s`);
    }
    return table.join('\n');
  } finally {
    if (ownsShared) await shared.porticoDb?.sql.end();
    if (ownsShared) delete shared.porticoDb;
    await sql.end();
  }
}
