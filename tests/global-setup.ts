import '../scripts/lib/load-env';
import { randomBytes } from 'node:crypto';
import { runMigrations } from '../db/migrate';
import { dropDatabase, ensureDatabaseExists } from '../scripts/lib/embedded-postgres';
import { provideDatabase } from '../scripts/lib/database';
import { withDatabaseName } from '../scripts/lib/database-url';

// `npm test` hands Vitest a fresh, migrated DATABASE_URL. Run on its own (`npx vitest`), Vitest
// gets a throw-away database on the embedded PostgreSQL (or on DATABASE_URL's server) instead.
export default async function setup() {
  if (process.env.PORTICO_TEST_DATABASE_READY === '1' && process.env.DATABASE_URL) return;
  const cluster = await provideDatabase('postgres', () => {});
  const name = `portico_test_vitest_${randomBytes(4).toString('hex')}`;
  await ensureDatabaseExists(cluster.url, name);
  const url = withDatabaseName(cluster.url, name);
  await runMigrations(url);
  process.env.DATABASE_URL = url;
  return async () => {
    await dropDatabase(cluster.url, name).catch(() => {});
    await cluster.stop();
  };
}
