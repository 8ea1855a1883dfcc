import 'server-only';
import { eq } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { applications, settings } from '@/db/schema';

// The candidate's side of interviews, reached with the status link: the token's hash is the
// credential, as in application-status.ts. The hash is computed by the caller (lib/).

export async function applicationForStatusHash(tokenHash: string, conn: DbOrTx = appDb, { lock = false } = {}): Promise<{ id: number; withdrawn: boolean } | null> {
  const query = conn.select({ id: applications.id, withdrawnAt: applications.withdrawnAt }).from(applications).where(eq(applications.statusTokenHash, tokenHash));
  const [row] = lock ? await query.for('update') : await query;
  return row ? { id: row.id, withdrawn: row.withdrawnAt !== null } : null;
}

export async function companyTimeZone(conn: DbOrTx = appDb): Promise<string> {
  const [row] = await conn.select({ zone: settings.timeZone }).from(settings).where(eq(settings.id, 1));
  return row?.zone ?? 'UTC';
}
