import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { instrumentSql } from './instrumented-sql';
import * as schema from './schema';

/**
 * Whether postgres.js keeps prepared statements on this URL (its `prepare` option: on unless
 * `?prepare=false`). Only the query string is read: postgres.js takes URLs that `new URL`
 * refuses, such as several hosts (`h1:5432,h2:5432`).
 */
function preparesStatements(url: string): boolean {
  const query = url.indexOf('?');
  const prepare = query === -1 ? null : new URLSearchParams(url.slice(query + 1)).get('prepare');
  return prepare !== 'false' && prepare !== 'disable';
}

// A drizzle client over postgres.js. The app uses the one in db/index.ts; scripts and
// tests make their own with this factory (they run outside Next's server bundle).
export function createDb(url: string, options: { max?: number } = {}) {
  // Prepared (one round trip per query) and observed (metrics, spans) whenever an observer is
  // installed: see db/instrumented-sql.ts.
  const sql = instrumentSql(
    postgres(url, {
      max: options.max ?? 10,
      // Postgres NOTICEs (e.g. "extension already exists") are not errors; keep them out of logs.
      onnotice: () => {},
      connection: {
        application_name: 'portico',
        // A prepared statement is still planned for each run's own values, as the unprepared ones
        // were: PostgreSQL's generic plan, made once for any value, would plan the applicants of a
        // job with 100,000 of them as it plans a job with ten. (A startup parameter: behind
        // PgBouncer, list it in ignore_startup_parameters or use ?prepare=false.)
        ...(preparesStatements(url) ? { plan_cache_mode: 'force_custom_plan' } : {}),
      },
    }),
  );
  return { db: drizzle(sql, { schema, casing: undefined }), sql };
}

export type Database = ReturnType<typeof createDb>['db'];
/** A transaction handle is accepted wherever the database is. */
export type DbOrTx = Database | Parameters<Parameters<Database['transaction']>[0]>[0];
