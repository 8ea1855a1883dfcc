// Integration tests against a real PostgreSQL (DATABASE_URL). The settings row is shared by every
// test in the database, so each test runs in a transaction that is rolled back.
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type DbOrTx } from '@/db/client';
import { auditLog, settings } from '@/db/schema';
import { settingsSchema, type SettingsInput } from '@/lib/validations/settings';
import { createTestUser } from '@/tests/helpers/auth-users';
import { getAdminSettings, updateSettings } from './admin-settings';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 4 });
afterAll(() => sql.end());

class Rollback extends Error {}
async function rolledBack(fn: (tx: DbOrTx) => Promise<void>) {
  await expect(
    db.transaction(async (tx) => {
      await tx.insert(settings).values({ id: 1, companyName: 'Test Co', companySlug: 'test-co', privacyText: 'I agree.' }).onConflictDoNothing();
      await fn(tx);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
}

const input = (overrides: Record<string, unknown> = {}): SettingsInput =>
  settingsSchema.parse({
    companyName: 'Acme Robotics',
    companySlug: 'acme-robotics',
    companyUrl: 'https://acme.example.com',
    logoUrl: '',
    accentColor: '#0F766E',
    careersIntro: 'Build robots with us.',
    privacyText: 'I agree that Acme may keep my application for two years.',
    retentionDays: '365',
    requirePayRange: 'on',
    ...overrides,
  });

describe('updateSettings', () => {
  it('saves every field and records only what changed', async () => {
    const actor = { id: (await createTestUser(db, { role: 'admin' })).id, role: 'admin' as const };
    await rolledBack(async (tx) => {
      const current = await getAdminSettings(actor, tx);
      expect(await updateSettings(actor, input(), current!.version, tx)).toMatchObject({ ok: true });
      const saved = await getAdminSettings(actor, tx);
      expect(saved).toMatchObject({
        companyName: 'Acme Robotics',
        companySlug: 'acme-robotics',
        companyUrl: 'https://acme.example.com',
        logoUrl: null,
        accentColor: '#0f766e',
        careersIntro: 'Build robots with us.',
        retentionDays: 365,
        requirePayRange: true,
      });
      expect(saved!.version).not.toBe(current!.version);

      const next = input({ careersIntro: 'Robots, still.', requirePayRange: undefined });
      expect(await updateSettings(actor, next, saved!.version, tx)).toEqual({ ok: true, changed: ['careersIntro', 'requirePayRange'] });
      const [entry] = await tx
        .select({ actor: auditLog.actorUserId, before: auditLog.before, after: auditLog.after })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'settings.updated'), eq(auditLog.actorUserId, actor.id)))
        .orderBy(desc(auditLog.id))
        .limit(1);
      expect(entry).toEqual({
        actor: actor.id,
        before: { careersIntro: 'Build robots with us.', requirePayRange: true },
        after: { careersIntro: 'Robots, still.', requirePayRange: false },
      });
      const unchanged = await getAdminSettings(actor, tx);
      expect(await updateSettings(actor, next, unchanged!.version, tx)).toEqual({ ok: true, changed: [] });
    });
  });

  it('refuses a save based on settings someone has changed since, and a hiring manager', async () => {
    const actor = { id: (await createTestUser(db, { role: 'admin' })).id, role: 'admin' as const };
    const manager = { id: (await createTestUser(db)).id, role: 'hiring_manager' as const };
    await rolledBack(async (tx) => {
      const seen = await getAdminSettings(actor, tx);
      await tx.update(settings).set({ careersIntro: 'Changed elsewhere', updatedAt: new Date(Date.now() + 1000) }).where(eq(settings.id, 1));
      expect(await updateSettings(actor, input(), seen!.version, tx)).toEqual({ ok: false, reason: 'stale' });
      expect(await updateSettings(manager, input(), seen!.version, tx)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await getAdminSettings(manager, tx)).toBeNull();
      expect((await getAdminSettings(actor, tx))?.careersIntro).toBe('Changed elsewhere');
    });
  });

  it('is backed by the database check on the colour', async () => {
    await rolledBack(async (tx) => {
      await expect(tx.update(settings).set({ accentColor: 'red' }).where(eq(settings.id, 1))).rejects.toThrow();
    });
  });
});
