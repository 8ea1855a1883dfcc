import 'server-only';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';

/** One transaction for a service in lib/ that writes through several query functions. */
export function inTransaction<T>(work: (tx: DbOrTx) => Promise<T>, conn: DbOrTx = appDb): Promise<T> {
  return conn.transaction((tx) => work(tx));
}

/** PostgreSQL's SQLSTATE of a failed statement (drizzle wraps the driver's error as its cause). */
export function pgErrorCode(error: unknown): string | undefined {
  const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return (root as { code?: string } | null)?.code;
}
