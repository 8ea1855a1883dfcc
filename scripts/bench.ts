import './lib/load-env';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { runMigrations } from '../db/migrate';
import { seed } from '../db/seed';
import { provideDatabase } from './lib/database';
import { withDatabaseName } from './lib/database-url';
import { dropDatabase, ensureDatabaseExists } from './lib/embedded-postgres';
import { buildApplyBody, readApplyForm } from './lib/bench-apply';
import { benchDashboard } from './lib/bench-dashboard';
import { productionServerCommand } from './lib/production-server';

// `npm run bench`: the production build on a fresh seeded database, loaded by autocannon.
// Every figure comes from the same run on the same machine, so the ratios mean something
// even where absolute numbers do not. Nothing here asserts a timing.

const PORT = Number(process.env.BENCH_PORT ?? 3299);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const base = `http://127.0.0.1:${PORT}`;
const log = (line: string) => console.log(`[bench] ${line}`);
const SNAPSHOT_DIR = path.resolve('public', 'bench-snapshot'); // git-ignored, removed after the run

interface Row {
  name: string;
  path: string;
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, path: string, options: Partial<autocannon.Options> = {}): Promise<Row> {
  const result = await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: DURATION, ...options });
  return {
    name,
    path,
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error('The server exited during start-up');
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    log('No production build found: running next build first.');
    if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('next build failed');
  }
  const cluster = await provideDatabase('postgres', log);
  const name = `portico_bench_${randomBytes(3).toString('hex')}`;
  await ensureDatabaseExists(cluster.url, name);
  const url = withDatabaseName(cluster.url, name);
  let server: ChildProcess | undefined;
  const secret = randomBytes(32).toString('base64url');
  const startServer = async () => {
    const production = productionServerCommand(PORT, '127.0.0.1');
    const child = spawn(production.command, production.args, {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, DATABASE_URL: url, APP_URL: base, SEED_DEMO: 'true', LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1', AUTH_SECRET: secret, APPLY_RATE_LIMIT: '1000000' },
    });
    await waitFor(`${base}/api/health`, child);
    return child;
  };
  const stopServer = async (child: ChildProcess | undefined) => {
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  try {
    await runMigrations(url);
    await seed(url, { demo: true });
    const jobPath = '/jobs/senior-software-engineer-backend';

    // A tiny SVG is not a fair yardstick for a 70 KB page: bytes cost too. So the board's own
    // HTML is also served as a static file of the same size (Next reads public/ at start-up,
    // hence the restart), and the cached page is compared with both.
    server = await startServer();
    const boardHtml = await (await fetch(`${base}/jobs`)).text();
    await stopServer(server);
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(path.join(SNAPSHOT_DIR, 'board.html'), boardHtml);
    server = await startServer();
    for (const page of ['/jobs', jobPath, '/jobs?q=enginer', '/api/v1/jobs']) await fetch(`${base}${page}`); // fill the caches

    const rows: Row[] = [];
    rows.push(await load('static file (public/, 0.2 KB)', '/portico-mark.svg'));
    rows.push(await load(`static copy of the board (public/, ${(boardHtml.length / 1024).toFixed(0)} KB)`, '/bench-snapshot/board.html'));
    rows.push(await load('job board /jobs (cached)', '/jobs'));
    rows.push(await load('job page (cached)', jobPath));
    rows.push(await load('search /jobs?q=enginer (per request)', '/jobs?q=enginer'));
    rows.push(await load('JSON API /api/v1/jobs (per request, ETag)', '/api/v1/jobs'));

    // The apply path: the real no-JavaScript form post, a new candidate every request.
    const form = await readApplyForm(base, jobPath);
    let acknowledged = 0;
    const apply = await autocannon({
      url: `${base}${form.actionPath}`,
      connections: 8,
      duration: DURATION,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const body = buildApplyBody(form, `bench-${randomUUID()}@example.com`);
            return { ...request, body: body.payload, headers: { 'content-type': body.contentType } };
          },
          onResponse: (status, _body, context) => {
            void context;
            if (status === 303) acknowledged++;
          },
        },
      ],
    });
    const sql = postgres(url, { max: 1 });
    const [stored] = await sql<{ count: number }[]>`select count(*)::int as count from applications a join candidates c on c.id = a.candidate_id where c.email like 'bench-%@example.com'`;
    await sql.end();

    const staticRps = rows[0]?.rps ?? 1;
    const sameSizeRps = rows[1]?.rps ?? 1;
    const percent = (rps: number, of: number) => `${((rps / of) * 100).toFixed(0)}%`;
    console.log('\n| endpoint | requests/s | p99 (ms) | vs static 0.2 KB | vs static same size | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) {
      console.log(`| ${row.name} | ${row.rps.toFixed(0)} | ${row.p99} | ${percent(row.rps, staticRps)} | ${percent(row.rps, sameSizeRps)} | ${row.errors + row.non2xx} |`);
    }
    console.log(
      `| apply (multipart form post, 8 connections) | ${apply.requests.average.toFixed(1)} | ${apply.latency.p99} | — | ${apply.errors + apply.timeouts} |`,
    );
    // Requests still in flight when autocannon stops are stored but never acknowledged to it,
    // so up to one per connection may be stored without a counted 303; fewer rows means a loss.
    const storedRows = stored?.count ?? 0;
    console.log(`\nApplications acknowledged (303): ${acknowledged}; rows stored: ${storedRows} (in flight at the end: ${storedRows - acknowledged}).`);
    if (storedRows < acknowledged || storedRows - acknowledged > 8) {
      console.log('MISMATCH: every acknowledged application must be stored, and nothing else.');
      process.exitCode = 1;
    }

    // The hiring manager's side: one job with 100,000 applications.
    console.log(`\n${await benchDashboard({ databaseUrl: url, baseUrl: base, log })}`);
  } finally {
    await stopServer(server);
    rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
    await dropDatabase(cluster.url, name).catch(() => {});
    await cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
