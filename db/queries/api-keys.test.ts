import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys, auditLog } from '@/db/schema';
import { hashApiKey } from '@/lib/api/api-key-token';
import { openTestDb } from '@/tests/helpers/apply';
import { createTestUser } from '@/tests/helpers/auth-users';
import type { Actor } from './access';
import { apiKeyForToken, issueApiKey } from '@/lib/api/api-keys';
import { listApiKeys, revokeApiKey } from './api-keys';

const { db, sql } = openTestDb();
let admin: Actor;
let manager: Actor;

beforeAll(async () => {
  admin = { id: (await createTestUser(db, { role: 'admin' })).id, role: 'admin' };
  manager = { id: (await createTestUser(db)).id, role: 'hiring_manager' };
});
afterAll(async () => {
  await sql.end();
});

describe('API keys', () => {
  it('are stored hashed, authenticate by token, and are audited', async () => {
    const created = await issueApiKey(admin, { name: 'Widget' }, db);
    if (!created.ok) throw new Error('not created');
    const { id, token, prefix } = created.value;
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(row?.tokenHash).toBe(hashApiKey(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(token.startsWith(prefix)).toBe(true);

    expect(await apiKeyForToken(token, db)).toEqual({ id, name: 'Widget' });
    const [used] = await db.select({ lastUsedAt: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, id));
    expect(used?.lastUsedAt).toBeInstanceOf(Date);
    const listed = await listApiKeys(admin, db);
    expect(listed.find((k) => k.id === id)).toMatchObject({ name: 'Widget', prefix, revokedAt: null });
    expect(Object.keys(listed[0] ?? {})).not.toContain('tokenHash');

    const [audit] = await db.select({ action: auditLog.action, after: auditLog.after }).from(auditLog).where(and(eq(auditLog.entityType, 'api_key'), eq(auditLog.entityId, String(id))));
    expect(audit).toMatchObject({ action: 'api_key.created', after: { name: 'Widget', prefix } });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('stop working once revoked; revoking twice or an unknown key is refused', async () => {
    const created = await issueApiKey(admin, { name: 'Old partner' }, db);
    if (!created.ok) throw new Error('not created');
    expect(await revokeApiKey(admin, created.value.id, db)).toEqual({ ok: true, value: { id: created.value.id } });
    expect(await apiKeyForToken(created.value.token, db)).toBeNull();
    expect(await revokeApiKey(admin, created.value.id, db)).toEqual({ ok: false, reason: 'already-revoked' });
    expect(await revokeApiKey(admin, 2_000_000_000, db)).toEqual({ ok: false, reason: 'not-found' });
    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'api_key'), eq(auditLog.entityId, String(created.value.id))));
    expect(actions.map((a) => a.action).sort()).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('are admin-only: a hiring manager can neither list, create nor revoke', async () => {
    const created = await issueApiKey(admin, { name: 'Mine' }, db);
    if (!created.ok) throw new Error('not created');
    expect(await issueApiKey(manager, { name: 'Sneaky' }, db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await revokeApiKey(manager, created.value.id, db)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await listApiKeys(manager, db)).toEqual([]);
    expect(await apiKeyForToken(created.value.token, db)).not.toBeNull();
  });

  it('do not authenticate unknown tokens', async () => {
    expect(await apiKeyForToken(`ptc_${'A'.repeat(43)}`, db)).toBeNull();
  });
});
