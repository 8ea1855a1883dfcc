import './lib/load-env';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runMigrations } from '../db/migrate';
import { ensureBrowser } from './lib/ensure-browser';
import { ensureNginx } from './lib/ensure-nginx';
import { provideDatabase } from './lib/database';
import { dropDatabase, ensureDatabaseExists } from './lib/embedded-postgres';
import { withDatabaseName } from './lib/database-url';

// `npm test`: lint and types, then Vitest (unit + integration on a real PostgreSQL), then a
// production build that Playwright serves itself (its webServer, playwright.config.ts), then the topology suite on the same build (two
// instances, Redis, the worker and nginx: tests/topology). Each suite gets a database of its
// own, dropped at the end. The last line is the total: "N passed, N failed".

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
// Whatever follows `--` goes to Playwright, e.g. `npm run test:e2e -- -- e2e/board.spec.ts`.
const playwrightArgs = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
const runs = (suite: 'checks' | 'unit' | 'e2e' | 'topology') => !only || only === suite;
// TEST_RUN_NAME lets two runs share a checkout: each builds, serves and reports on its own.
const runName = process.env.TEST_RUN_NAME;
if (runName && !/^[\w-]+$/.test(runName)) throw new Error('TEST_RUN_NAME may hold letters, digits, - and _ only');
const resultsDir = path.resolve('.data', runName ? `test-results-${runName}` : 'test-results');
if (runName) writeFileSync(`.next-${runName}.tsconfig.json`, `${JSON.stringify({ extends: './tsconfig.json' }, null, 2)}\n`);
const runEnv: Record<string, string> = runName ? { NEXT_DIST_DIR: `.next-${runName}`, TEST_RESULTS_DIR: resultsDir } : { TEST_RESULTS_DIR: resultsDir };
const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const E2E_PORT = Number(process.env.E2E_PORT ?? 3199);

const log = (line: string) => console.log(`[test] ${line}`);
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): number {
  log(`$ ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const cluster = await provideDatabase('postgres', log);
  const databases: string[] = [];
  const freshDatabase = async (suite: string) => {
    const name = `portico_test_${suite}_${runId}`;
    await ensureDatabaseExists(cluster.url, name);
    databases.push(name);
    const url = withDatabaseName(cluster.url, name);
    await runMigrations(url);
    return url;
  };

  try {
    if (runs('checks')) {
      if (run('npx', ['eslint', '.', '--max-warnings=0']) !== 0) problems.push('ESLint reported problems');
      if (run('npx', ['tsc', '--noEmit']) !== 0) problems.push('TypeScript reported errors');
    }

    if (runs('unit')) {
      const url = await freshDatabase('unit');
      const report = path.join(resultsDir, 'vitest.json');
      run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
        DATABASE_URL: url,
        PORTICO_TEST_DATABASE_READY: '1',
      });
      const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTotalTestSuites: number; success: boolean }>(report);
      if (!json) problems.push('Vitest wrote no report');
      else {
        totals.passed += json.numPassedTests;
        totals.failed += json.numFailedTests;
        totals.skipped += json.numPendingTests;
        if (!json.success && json.numFailedTests === 0) problems.push('Vitest failed outside a test (a suite did not load)');
      }
    }

    let built: boolean | undefined;
    const build = () => (built ??= run('npx', ['next', 'build'], { ...runEnv, NEXT_TELEMETRY_DISABLED: '1' }) === 0);
    if (runs('e2e')) {
      await ensureBrowser(log);
      if (!build()) {
        problems.push('next build failed');
      } else {
        // Empty and migrated; Playwright's webServer starts the app on it with `npm start`, which
        // seeds it (playwright.config.ts).
        const url = await freshDatabase('e2e');
        const report = path.join(resultsDir, 'playwright.json');
        run('npx', ['playwright', 'test', ...playwrightArgs], {
          ...runEnv,
          E2E_PORT: String(E2E_PORT),
          PLAYWRIGHT_JSON_OUTPUT_NAME: report,
          DATABASE_URL: url,
        });
        const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] }>(report);
        if (!json) problems.push('Playwright wrote no report');
        else {
          totals.passed += json.stats.expected + json.stats.flaky;
          totals.failed += json.stats.unexpected;
          totals.skipped += json.stats.skipped;
          if (json.errors?.length) problems.push('Playwright reported errors outside tests');
        }
      }
    }

    if (runs('topology')) {
      ensureNginx(log);
      if (!build()) {
        if (!problems.includes('next build failed')) problems.push('next build failed');
      } else {
        const report = path.join(resultsDir, 'vitest-topology.json');
        run('npx', ['vitest', 'run', '--config', 'vitest.topology.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], runEnv);
        const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; success: boolean }>(report);
        if (!json) problems.push('The topology suite wrote no report');
        else {
          totals.passed += json.numPassedTests;
          totals.failed += json.numFailedTests;
          totals.skipped += json.numPendingTests;
          if (!json.success && json.numFailedTests === 0) problems.push('The topology suite failed outside a test (its cluster did not start)');
        }
      }
    }
  } finally {
    for (const name of databases) await dropDatabase(cluster.url, name).catch(() => {});
    await cluster.stop();
  }

  if (totals.passed + totals.failed === 0) problems.push('No test ran');
  for (const problem of problems) log(`FAILED: ${problem}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  return totals.failed === 0 && problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(1);
  },
);

