// Integration tests against a real PostgreSQL (DATABASE_URL): each test writes entries under an
// entity type of its own, so other tests' entries never land in its pages.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { auditLog } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { createTestUser } from '@/tests/helpers/auth-users';
import { decodeCursor, listAuditEntries, listAuditFilterOptions, type AuditFilters } from './audit-log';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 4 });
afterAll(() => sql.end());

const entityType = () => `it-${crypto.randomUUID().slice(0, 8)}`;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function admin() {
  const user = await createTestUser(db, { role: 'admin' });
  return { ...user, role: 'admin' as const };
}

describe('audit_log is append-only', () => {
  it('refuses UPDATE and DELETE, even straight in SQL', async () => {
    const actor = await admin();
    const type = entityType();
    await recordAudit(db, { actor, action: 'test.created', entityType: type, entityId: 1, after: { ok: true } });
    const [row] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.entityType, type));
    await expect(sql`update audit_log set action = 'test.tampered' where id = ${row!.id}`).rejects.toMatchObject({ code: '42501' });
    await expect(sql`delete from audit_log where id = ${row!.id}`).rejects.toMatchObject({ code: '42501' });
    const [after] = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.id, row!.id));
    expect(after).toEqual({ action: 'test.created' });
  });
});

describe('listAuditEntries', () => {
  it('pages newest first without skipping or repeating entries that share a timestamp', async () => {
    const actor = await admin();
    const type = entityType();
    // Four entries in one transaction share created_at; the id breaks the tie.
    await db.transaction(async (tx) => {
      for (let i = 1; i <= 4; i += 1) await recordAudit(tx, { actor, action: 'test.batch', entityType: type, entityId: i });
    });
    for (let i = 5; i <= 7; i += 1) await recordAudit(db, { actor, action: 'test.single', entityType: type, entityId: i });

    const filters: AuditFilters = { entityType: type };
    const pages: string[][] = [];
    let page = await listAuditEntries(actor, { filters, limit: 3 }, db);
    expect(page.newer).toBeNull();
    pages.push(page.entries.map((e) => e.entityId));
    while (page.older) {
      page = await listAuditEntries(actor, { filters, limit: 3, cursor: { before: page.older } }, db);
      pages.push(page.entries.map((e) => e.entityId));
    }
    expect(pages).toEqual([['7', '6', '5'], ['4', '3', '2'], ['1']]);

    // And back again with "Newer".
    const last = page;
    const back = await listAuditEntries(actor, { filters, limit: 3, cursor: { after: last.newer! } }, db);
    expect(back.entries.map((e) => e.entityId)).toEqual(['4', '3', '2']);
    const top = await listAuditEntries(actor, { filters, limit: 3, cursor: { after: back.newer! } }, db);
    expect(top.entries.map((e) => e.entityId)).toEqual(['7', '6', '5']);
    expect(top.newer).toBeNull();
    expect(top.older).not.toBeNull();
  });

  it('filters by actor, action, entity type and whole UTC days', async () => {
    const first = await admin();
    const second = await admin();
    const type = entityType();
    await recordAudit(db, { actor: first, action: 'test.alpha', entityType: type, entityId: 'a', before: { x: 1 }, after: { x: 2 } });
    await recordAudit(db, { actor: second, action: 'test.beta', entityType: type, entityId: 'b' });
    await recordAudit(db, { actor: null, action: 'test.beta', entityType: type, entityId: 'c' });

    const ids = async (filters: AuditFilters) =>
      (await listAuditEntries(first, { filters: { entityType: type, ...filters } }, db)).entries.map((e) => e.entityId);
    expect(await ids({})).toEqual(['c', 'b', 'a']);
    expect(await ids({ actorId: first.id })).toEqual(['a']);
    expect(await ids({ actorId: 'system' })).toEqual(['c']);
    expect(await ids({ action: 'test.beta' })).toEqual(['c', 'b']);
    expect(await ids({ from: isoDay(0), to: isoDay(0) })).toEqual(['c', 'b', 'a']);
    expect(await ids({ from: isoDay(1) })).toEqual([]);
    expect(await ids({ to: isoDay(-1) })).toEqual([]);

    const [alpha] = (await listAuditEntries(first, { filters: { entityType: type, action: 'test.alpha' } }, db)).entries;
    expect(alpha).toMatchObject({ actorId: first.id, actorEmail: first.email, before: { x: 1 }, after: { x: 2 } });

    const options = await listAuditFilterOptions(first, db);
    expect(options.entityTypes).toContain(type);
    expect(options.actions).toEqual(expect.arrayContaining(['test.alpha', 'test.beta']));
    expect(options.actors.map((a) => a.id)).toContain(second.id);
  });

  it('shows a hiring manager nothing, and ignores cursors it did not hand out', async () => {
    const manager = await createTestUser(db);
    expect(await listAuditEntries({ id: manager.id, role: 'hiring_manager' }, {}, db)).toEqual({ entries: [], older: null, newer: null });
    expect(await listAuditFilterOptions({ id: manager.id, role: 'hiring_manager' }, db)).toEqual({ actions: [], entityTypes: [], actors: [] });
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from("2026-01-01T00:00:00.000000Z|1' or 1=1").toString('base64url'))).toBeNull();
  });
});
