import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { instrumentSql } from './instrumented-sql';
import * as schema from './schema';

// A drizzle client over postgres.js. The app uses the one in db/index.ts; scripts and
// tests make their own with this factory (they run outside Next's server bundle).
export function createDb(url: string, options: { max?: number } = {}) {
  // Observed (metrics, spans) whenever an observer is installed: see db/instrumented-sql.ts.
  const sql = instrumentSql(
    postgres(url, {
      max: options.max ?? 10,
      // Postgres NOTICEs (e.g. "extension already exists") are not errors; keep them out of logs.
      onnotice: () => {},
      connection: { application_name: 'portico' },
    }),
  );
  return { db: drizzle(sql, { schema, casing: undefined }), sql };
}

export type Database = ReturnType<typeof createDb>['db'];
/** A transaction handle is accepted wherever the database is. */
export type DbOrTx = Database | Parameters<Parameters<Database['transaction']>[0]>[0];
