import { migrateAndGrant } from '../../db/migrate';
import { env } from '../../lib/env';
import { createDb, type Database } from '../../db/client';
import { provideDatabase } from './database';

/**
 * For the one-off operator scripts: the app's database (DATABASE_URL or the embedded one),
 * migrated, for the length of `work`; stopped afterwards whatever happened. Returns the exit
 * code `work` chose.
 */
export async function withMigratedDatabase(log: (line: string) => void, work: (db: Database) => Promise<number>): Promise<number> {
  const database = await provideDatabase('portico', log);
  try {
    await migrateAndGrant(database.url, database.embedded ? undefined : env.MIGRATION_DATABASE_URL);
    const { db, sql } = createDb(database.url, { max: 1 });
    try {
      return await work(db);
    } finally {
      await sql.end();
    }
  } finally {
    await database.stop();
  }
}
