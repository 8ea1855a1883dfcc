import { spawn } from 'node:child_process';
import { nextStartCommand } from './next-start';
import { migrateAndGrant } from '../../db/migrate';
import { env } from '../../lib/env';
import { accountsBanner } from './accounts-banner';
import { localAuthSecret, provideDatabase } from './database';

const log = (line: string) => console.log(`[portico] ${line}`);

/**
 * `npm run dev` and `npm start`: a database (embedded unless DATABASE_URL is set), the
 * migrations, the company's settings and posting on a first start (and demo data for `npm run
 * dev`, or SEED_DEMO=true), then Next.js on HOSTNAME (default 127.0.0.1). Ctrl-C stops all of it.
 */
export async function runApp(mode: 'dev' | 'start'): Promise<void> {
  const database = await provideDatabase('portico', log);
  if (database.embedded && mode === 'start') {
    log('DATABASE_URL is not set: serving from the embedded PostgreSQL. Set DATABASE_URL for a real deployment.');
  }
  let banner: string[] = [];
  let stopping = false;
  let stopWorker = async () => {};
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopWorker();
    await database.stop().catch((error) => log(`Could not stop PostgreSQL cleanly: ${String(error)}`));
    process.exit(code);
  };

  try {
    const { appRole } = await migrateAndGrant(database.url, database.embedded ? undefined : env.MIGRATION_DATABASE_URL);
    log(appRole ? `Database migrations applied; the app runs as the role "${appRole}".` : 'Database migrations applied.');
    // Demo accounts have a published password: only a development server gets them by default.
    const seedDemo = env.SEED_DEMO ?? mode === 'dev';
    const { seedIfEmpty } = await import('../../db/seed');
    const seeded = await seedIfEmpty(database.url, { demo: seedDemo });
    if (seeded) log(seedDemo ? 'Seeded the company posting and demo data.' : 'Seeded the company posting.');
    banner = await accountsBanner(database.url, mode);
  } catch (error) {
    log(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
    return;
  }

  const port = process.env.PORT ?? '3000';
  // Loopback unless told otherwise: without a proxy in front, nobody else should reach it.
  const hostname = env.HOSTNAME ?? '127.0.0.1';
  const appEnv = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: localAuthSecret(), AUTH_TRUST_HOST: 'true', PORT: port };
  // The worker (emails, closing dates, housekeeping) runs beside the app unless WORKER_ENABLED=false.
  const worker = env.WORKER_ENABLED === false ? null : startWorkerChild(appEnv);
  // Production is Next's own server; a proxy in front (deploy/nginx.conf) caches the public pages.
  const command =
    mode === 'start' ? nextStartCommand(port, hostname) : { command: 'npx', args: ['next', mode, '--port', port, '--hostname', hostname], env: {} };
  const child = spawn(command.command, command.args, {
    stdio: 'inherit',
    // With a worker closing postings on schedule, the app's own closing-date timer stays off.
    env: { ...(worker ? { ...appEnv, CLOSING_SWEEP_IN_APP: 'false' } : appEnv), ...command.env },
  });

  console.log(
    [
      '',
      `  Portico is starting on http://${hostname === '127.0.0.1' ? 'localhost' : hostname}:${port}/jobs`,
      ...banner,
      '  Press Ctrl-C to stop the app and its database.',
      '',
    ].join('\n'),
  );

  if (worker) stopWorker = worker.stop;
  else log('WORKER_ENABLED=false: no background worker. Emails stay queued until `npm run worker` runs.');

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      child.kill(signal);
      void stopWorker();
    });
  }
  child.on('exit', (code) => void shutdown(code ?? 0));
}

/**
 * `npm run worker` as a child in its own process group (so the terminal's Ctrl-C reaches it only
 * through us, after which we wait for it before stopping the database it uses).
 */
function startWorkerChild(childEnv: NodeJS.ProcessEnv): { stop: () => Promise<void> } {
  // Node itself with tsx's loader (not npx): the pid we signal is the worker, not a wrapper.
  const worker = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/worker.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
    env: childEnv,
  });
  let stopped = false;
  log(`Background worker started (pid ${worker.pid}): emails, closing dates, housekeeping.`);
  const exited = new Promise<void>((resolve) => worker.on('exit', () => resolve()));
  worker.on('exit', (code, signal) => {
    if (!stopped) log(`The background worker exited (${signal ?? `code ${code}`}); emails wait until it runs again.`);
  });
  let stopping: Promise<void> | null = null;
  const stop = async () => {
    if (worker.exitCode !== null || worker.signalCode !== null || !worker.pid) return;
    log('Stopping the background worker.');
    try {
      process.kill(-worker.pid, 'SIGTERM');
    } catch {
      return;
    }
    // It finishes the job in hand (an email mid-send) first; after 15 s it is killed.
    const timeout = setTimeout(() => {
      try {
        if (worker.pid) process.kill(-worker.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 15_000);
    await exited;
    clearTimeout(timeout);
    log('Background worker stopped.');
  };
  return {
    // Called on Ctrl-C and again when Next exits: both wait for the same stop.
    stop() {
      stopped = true;
      stopping ??= stop();
      return stopping;
    },
  };
}
