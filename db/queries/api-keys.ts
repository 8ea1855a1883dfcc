import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { Actor } from './access';

export interface ApiKeyListItem {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export type ApiKeyResult<T> = { ok: true; value: T } | { ok: false; reason: 'forbidden' | 'not-found' | 'already-revoked' };

const listColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/** Every key, newest first; never the hash. Admins only. */
export async function listApiKeys(actor: Actor, conn: DbOrTx = appDb): Promise<ApiKeyListItem[]> {
  if (actor.role !== 'admin') return [];
  return conn.select(listColumns).from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/**
 * Stores a new key by its hash and visible prefix (lib/api/api-keys.ts makes the token, which
 * never reaches the database).
 */
export async function createApiKey(
  actor: Actor,
  input: { name: string; prefix: string; tokenHash: string },
  conn: DbOrTx = appDb,
): Promise<ApiKeyResult<{ id: number; name: string; prefix: string }>> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  const { name, prefix, tokenHash } = input;
  return conn.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ name, prefix, tokenHash, createdByUserId: actor.id })
      .returning({ id: apiKeys.id });
    if (!row) throw new Error('API key insert returned no row');
    await recordAudit(tx, { actor, action: 'api_key.created', entityType: 'api_key', entityId: row.id, after: { name: input.name, prefix } });
    return { ok: true as const, value: { id: row.id, name, prefix } };
  });
}

/** Revokes a key for good: the next request that uses it gets a 401. */
export async function revokeApiKey(actor: Actor, id: number, conn: DbOrTx = appDb): Promise<ApiKeyResult<{ id: number }>> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn.transaction(async (tx) => {
    const [before] = await tx.select(listColumns).from(apiKeys).where(eq(apiKeys.id, id)).for('update');
    if (!before) return { ok: false as const, reason: 'not-found' as const };
    if (before.revokedAt) return { ok: false as const, reason: 'already-revoked' as const };
    const [after] = await tx.update(apiKeys).set({ revokedAt: sql`now()` }).where(eq(apiKeys.id, id)).returning(listColumns);
    await recordAudit(tx, { actor, action: 'api_key.revoked', entityType: 'api_key', entityId: id, before, after });
    return { ok: true as const, value: { id } };
  });
}

/** The active key with this token hash, or null (unknown or revoked); notes its use. */
export async function authenticateApiKey(tokenHash: string, conn: DbOrTx = appDb): Promise<{ id: number; name: string } | null> {
  const [row] = await conn
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.tokenHash, tokenHash), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id, name: apiKeys.name });
  return row ?? null;
}
