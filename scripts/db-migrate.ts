import './lib/load-env';
import { runMigrations } from '../db/migrate';
import { provideDatabase } from './lib/database';

const log = (line: string) => console.log(`[db:migrate] ${line}`);
const database = await provideDatabase('portico', log);
try {
  await runMigrations(database.url);
  log('Migrations applied.');
} finally {
  await database.stop();
}
