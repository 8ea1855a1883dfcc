import './lib/load-env';
import { migrateAndGrant } from '../db/migrate';
import { seed } from '../db/seed';
import { env } from '../lib/env';
import { provideDatabase } from './lib/database';

// `npm run db:seed` adds the company settings and posting, and the demo data (accounts with a
// published password) only when SEED_DEMO=true. It is idempotent: rows that exist (by slug or
// email) are left as they are.
const log = (line: string) => console.log(`[db:seed] ${line}`);
const database = await provideDatabase('portico', log);
try {
  await migrateAndGrant(database.url, database.embedded ? undefined : env.MIGRATION_DATABASE_URL);
  await seed(database.url, { demo: env.SEED_DEMO === true });
  log('Seed complete.');
} finally {
  await database.stop();
}
