import { spawn } from 'node:child_process';
import { runMigrations } from '../../db/migrate';
import { env } from '../../lib/env';
import { localAuthSecret, provideDatabase } from './database';

const log = (line: string) => console.log(`[portico] ${line}`);

/**
 * `npm run dev` and `npm start`: a database (embedded unless DATABASE_URL is set), the
 * migrations, demo data on a first start, then Next.js. Ctrl-C stops all of it.
 */
export async function runApp(mode: 'dev' | 'start'): Promise<void> {
  const database = await provideDatabase('portico', log);
  if (database.embedded && mode === 'start') {
    log('DATABASE_URL is not set: serving from the embedded PostgreSQL. Set DATABASE_URL for a real deployment.');
  }
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch((error) => log(`Could not stop PostgreSQL cleanly: ${String(error)}`));
    process.exit(code);
  };

  try {
    await runMigrations(database.url);
    log('Database migrations applied.');
    const seedDemo = env.SEED_DEMO ?? database.embedded;
    const { seedIfEmpty } = await import('../../db/seed');
    const seeded = await seedIfEmpty(database.url, { demo: seedDemo });
    if (seeded) log(seedDemo ? 'Seeded the company posting and demo data.' : 'Seeded the company posting.');
  } catch (error) {
    log(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
    return;
  }

  const port = process.env.PORT ?? '3000';
  const child = spawn('npx', ['next', mode, '--port', port], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: localAuthSecret(), AUTH_TRUST_HOST: 'true' },
  });

  console.log(
    [
      '',
      `  Portico is starting on http://localhost:${port}/jobs`,
      '  Demo accounts (password "portico-demo"): admin@example.com (admin), manager@example.com (hiring manager)',
      '  Press Ctrl-C to stop the app and its database.',
      '',
    ].join('\n'),
  );

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on('exit', (code) => void shutdown(code ?? 0));
}
