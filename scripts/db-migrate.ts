import './lib/load-env';
import { migrateAndGrant } from '../db/migrate';
import { env } from '../lib/env';
import { provideDatabase } from './lib/database';

const log = (line: string) => console.log(`[db:migrate] ${line}`);
const database = await provideDatabase('portico', log);
try {
  const { appRole } = await migrateAndGrant(database.url, database.embedded ? undefined : env.MIGRATION_DATABASE_URL);
  log(appRole ? `Migrations applied as the owner; the app role "${appRole}" granted.` : 'Migrations applied.');
} finally {
  await database.stop();
}
