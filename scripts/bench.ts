import './lib/load-env';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMigrations } from '../db/migrate';
import { seed } from '../db/seed';
import { benchApply } from './lib/bench-apply';
import { benchDashboard } from './lib/bench-dashboard';
import { benchLighthouse } from './lib/bench-lighthouse';
import { benchTopology } from './lib/bench-topology';
import { benchReports } from './lib/bench-reports';
import { failures, load, type LoadResult } from './lib/bench-load';
import { benchMemory } from './lib/bench-memory';
import { cpuMsPerRequest, startBenchServer, stopBenchServer, withServerCpu, type BenchServer } from './lib/bench-server';
import { provideDatabase } from './lib/database';
import { withDatabaseName } from './lib/database-url';
import { dropDatabase, ensureDatabaseExists } from './lib/embedded-postgres';

// `npm run bench`: the production build on a fresh seeded database, loaded by wrk. Every figure
// comes from the same run on the same machine, so the ratios mean something even where absolute
// numbers do not (the machine is shared). Nothing here asserts a timing.
//
// BENCH_SECONDS (10) and BENCH_CONNECTIONS (50) per endpoint; BENCH_PORT (3299);
// BENCH_APP_DIR serves another checkout's build (an earlier commit, for before/after);
// BENCH_LIGHTHOUSE=false skips the Lighthouse runs, BENCH_DASHBOARD=false the 100,000 applicants.
// `npm run bench -- topology`: nginx + two instances + Redis instead (scripts/lib/bench-topology.ts;
// BENCH_REDIS_URL, default redis://127.0.0.1:6379).
// `npm run bench -- reports` runs only the reports' queries over 1,000,000 applications (scripts/lib/bench-reports.ts).

const PORT = Number(process.env.BENCH_PORT ?? 3299);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? '.');
const JOB_PATH = '/jobs/senior-software-engineer-backend';
const log = (line: string) => console.log(`[bench] ${line}`);
const TOPOLOGY = process.argv.slice(2).includes('topology');

interface Row {
  name: string;
  result: LoadResult;
  /** The server's CPU time over the load, in seconds (all its threads). */
  cpuSeconds: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

function table(rows: Row[]): string {
  const staticRps = rows[0]?.result.rps ?? 1;
  const sameSizeRps = rows[1]?.result.rps ?? 1;
  const percent = (rps: number, of: number) => `${((rps / of) * 100).toFixed(rps / of < 0.1 ? 1 : 0)}%`;
  const lines = [
    `| endpoint (${CONNECTIONS} connections, ${SECONDS} s each) | requests/s | p50 (ms) | p99 (ms) | server CPU ms/request | KB/response | vs static 0.2 KB | vs static board copy | failed |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { name, result, cpuSeconds } of rows) {
    lines.push(
      `| ${name} | ${result.rps.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${cpuMsPerRequest(cpuSeconds, result.requests)} | ${kb(result.bytesPerResponse)} | ${percent(result.rps, staticRps)} | ${percent(result.rps, sameSizeRps)} | ${failures(result)} |`,
    );
  }
  return lines.join('\n');
}

/** `npm run bench -- reports`: the reports' queries over BENCH_REPORT_APPLICATIONS (1,000,000) applications; no server. */
async function reportsMode() {
  const cluster = await provideDatabase('postgres', log);
  const name = `portico_bench_${randomBytes(3).toString('hex')}`;
  await ensureDatabaseExists(cluster.url, name);
  const url = withDatabaseName(cluster.url, name);
  try {
    await runMigrations(url);
    await seed(url, { demo: true });
    const count = Number(process.env.BENCH_REPORT_APPLICATIONS ?? 1_000_000);
    console.log(`\n${await benchReports({ databaseUrl: url, count, log })}`);
  } finally {
    await dropDatabase(cluster.url, name).catch(() => {});
    await cluster.stop();
  }
}

async function main() {
  if (process.argv.slice(2).includes('reports')) return reportsMode();
  if (!existsSync(path.join(APP_DIR, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) {
    log(`No production build in ${APP_DIR}: running next build first.`);
    if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit', cwd: APP_DIR }).status !== 0) throw new Error('next build failed');
  }
  const cluster = await provideDatabase('postgres', log);
  const name = `portico_bench_${randomBytes(3).toString('hex')}`;
  await ensureDatabaseExists(cluster.url, name);
  const url = withDatabaseName(cluster.url, name);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'portico-bench-'));
  const snapshotDir = path.join(APP_DIR, 'public', 'bench-snapshot'); // git-ignored, removed after the run
  const serverEnv = {
    DATABASE_URL: url,
    APP_URL: `http://127.0.0.1:${PORT}`,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    SEED_DEMO: 'true',
    // One client address makes every post here: the per-IP limit has tests of its own.
    APPLY_RATE_LIMIT: '1000000',
  };
  let server: BenchServer | undefined;
  try {
    await runMigrations(url);
    await seed(url, { demo: true });
    if (TOPOLOGY) {
      console.log(`\n${await benchTopology({ databaseUrl: url, appDir: APP_DIR, port: PORT, seconds: SECONDS, connections: CONNECTIONS, jobPath: JOB_PATH, log })}`);
      return;
    }

    // A tiny SVG is not a fair yardstick for a 40 KB page: bytes cost too. So the board's own
    // HTML is also served as a static file of the same size (Next reads public/ at start-up,
    // hence the restart), and every page is compared with both.
    server = await startBenchServer({ port: PORT, cwd: APP_DIR, env: serverEnv });
    const boardHtml = await (await fetch(`${server.base}/jobs`)).text();
    await stopBenchServer(server);
    mkdirSync(snapshotDir, { recursive: true });
    writeFileSync(path.join(snapshotDir, 'board.html'), boardHtml);
    server = await startBenchServer({ port: PORT, cwd: APP_DIR, env: serverEnv });
    const { base } = server;
    const running = server;
    const pages = ['/jobs', JOB_PATH, `${JOB_PATH}/apply`, '/jobs?q=enginer', '/jobs?department=engineering', '/api/v1/jobs', '/api/greenhouse/v1/boards/portico/jobs'];
    for (const page of pages) await fetch(`${base}${page}`); // fill the caches
    log(`serving ${APP_DIR} on ${base}; board HTML ${kb(boardHtml.length)} KB`);

    const rows: Row[] = [];
    const cpuOver = <T>(run: () => Promise<T>) => withServerCpu(running, run);
    const measure = async (title: string, pathname: string, options: Parameters<typeof load>[1] = {}) => {
      const [result, cpuSeconds] = await cpuOver(() => load(`${base}${pathname}`, { connections: CONNECTIONS, seconds: SECONDS, ...options }));
      rows.push({ name: title, result, cpuSeconds });
      log(`${title}: ${rows.at(-1)?.result.rps.toFixed(0)} req/s`);
    };
    await measure('static file (`public/`, 0.2 KB)', '/portico-mark.svg');
    await measure(`static copy of the board (\`public/\`, ${kb(boardHtml.length)} KB)`, '/bench-snapshot/board.html');
    await measure('job board `/jobs`', '/jobs');
    await measure('job page', JOB_PATH);
    await measure('apply page', `${JOB_PATH}/apply`);
    await measure('search `/jobs?q=enginer` (repeated)', '/jobs?q=enginer');
    await measure('filter `/jobs?department=engineering` (repeated)', '/jobs?department=engineering');
    await measure('search never seen before (a new query each request)', '/jobs', { script: 'unique-search.lua' });
    await measure('JSON API `/api/v1/jobs`', '/api/v1/jobs');
    await measure('Greenhouse API jobs list', '/api/greenhouse/v1/boards/portico/jobs');

    const [apply, applyCpu] = await cpuOver(() => benchApply({ base, jobPath: JOB_PATH, databaseUrl: url, workDir, connections: CONNECTIONS, seconds: SECONDS }));
    rows.push({ name: 'apply post (no JavaScript, 33 KB PDF, a new candidate each)', result: apply.load, cpuSeconds: applyCpu });

    console.log(`\n${table(rows)}`);
    const lost = apply.stored < apply.acknowledged;
    console.log(
      `\nApplications acknowledged (303): ${apply.acknowledged}; stored: ${apply.stored}${lost ? ' — MISMATCH: an acknowledged application is missing' : ' (stored = acknowledged, plus any in flight when the load stopped)'}.`,
    );
    if (lost) process.exitCode = 1;

    if (process.env.BENCH_LIGHTHOUSE !== 'false') console.log(`\n${await benchLighthouse(base, ['/jobs', JOB_PATH, `${JOB_PATH}/apply`], log)}`);
    if (process.env.BENCH_DASHBOARD !== 'false') console.log(`\n${await benchDashboard({ databaseUrl: url, baseUrl: base, log, server: running })}`);

    console.log(`\n${await benchMemory(server, log)}`);
  } finally {
    await stopBenchServer(server);
    rmSync(snapshotDir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
    await dropDatabase(cluster.url, name).catch(() => {});
    await cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
