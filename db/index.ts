import 'server-only';
import { env } from '@/lib/env';
import { createDb, type Database } from './client';

// One pool per server process. Dev's hot reload re-evaluates modules, so the pool is kept on
// globalThis there; without that every edit would leak a pool of connections.
const globalForDb = globalThis as unknown as { porticoDb?: ReturnType<typeof createDb> };

function client() {
  if (!globalForDb.porticoDb) {
    if (!env.DATABASE_URL) {
      throw new Error('DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.');
    }
    globalForDb.porticoDb = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
  }
  return globalForDb.porticoDb;
}

// Lazy, so that importing a page module (as `next build` does) never needs a database.
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = client().db as unknown as Record<PropertyKey, unknown>;
    const value = real[property];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

/** For readiness checks: a round trip to the database. */
export async function pingDatabase(): Promise<void> {
  await client().sql`select 1`;
}

/** Graceful shutdown: waits (up to 5 s) for running queries, then closes every connection. */
export async function closeDatabase(): Promise<void> {
  const pool = globalForDb.porticoDb;
  globalForDb.porticoDb = undefined;
  await pool?.sql.end({ timeout: 5 });
}
