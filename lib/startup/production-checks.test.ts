import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDb, type DbOrTx } from '@/db/client';
import { deactivateDemoPasswordAccounts, listActiveDemoPasswordAccounts } from '@/lib/auth/demo-accounts';
import { auditLog, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD, DEMO_PASSWORD_HASH } from '@/lib/domain/demo-accounts';
import { createTestUser, uniqueEmail } from '@/tests/helpers/auth-users';
import { rolledBack } from '@/tests/helpers/rolled-back';
import { enforceProductionChecks, isLoopback, listenHostname, startupProblems } from './production-checks';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 2 });
afterAll(() => sql.end());

// Demo accounts are global by nature: the tests that make them roll back (tests/helpers/rolled-back.ts).

const demoUser = (tx: DbOrTx, values: Partial<typeof users.$inferInsert> = {}) =>
  tx
    .insert(users)
    .values({ email: uniqueEmail(), name: 'Demo', role: 'admin', passwordHash: DEMO_PASSWORD_HASH, ...values })
    .returning({ id: users.id, email: users.email })
    .then((rows) => rows[0]!);

describe('where the server listens', () => {
  it('reads next start’s -H / --hostname first, then HOSTNAME, else every interface', () => {
    expect(listenHostname(['node', 'next', 'start', '-H', '127.0.0.1'], '0.0.0.0')).toBe('127.0.0.1');
    expect(listenHostname(['node', 'next', 'start', '--hostname', '0.0.0.0'], undefined)).toBe('0.0.0.0');
    expect(listenHostname(['node', 'next', 'start', '--hostname=::1'], undefined)).toBe('::1');
    expect(listenHostname(['node', 'server.js'], '127.0.0.1')).toBe('127.0.0.1');
    expect(listenHostname(['node', 'server.js'], undefined)).toBeNull();
    expect(listenHostname(['node', 'server.js'], ' ')).toBeNull();
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['portico.example.com', false],
    [null, false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});

// Issue 10, findings 1 and 2: production served the published admin password, on every interface.
describe('startupProblems', () => {
  const safe = { hostname: '127.0.0.1', trustedProxies: undefined, seedDemo: undefined, demoAccounts: [] };
  const demo = [{ id: 'u1', email: 'admin@example.com', role: 'admin' as const }];

  it('lets a loopback server without demo accounts start', () => {
    expect(startupProblems(safe)).toEqual([]);
  });

  it('refuses a public address without TRUSTED_PROXIES, and says what to do', () => {
    for (const hostname of ['0.0.0.0', '::', null, '10.0.0.5']) {
      const [problem, ...more] = startupProblems({ ...safe, hostname });
      expect(more).toEqual([]);
      expect(problem).toMatch(/TRUSTED_PROXIES.*deploy\/nginx\.conf.*HOSTNAME=127\.0\.0\.1/);
    }
    expect(startupProblems({ ...safe, hostname: '0.0.0.0', trustedProxies: '1' })).toEqual([]);
  });

  it('refuses active demo-password accounts unless SEED_DEMO=true, naming them and the fix', () => {
    const [problem] = startupProblems({ ...safe, demoAccounts: demo });
    expect(problem).toContain('admin@example.com (admin)');
    expect(problem).toContain(`"${DEMO_PASSWORD}"`);
    expect(problem).toContain('npm run create-admin');
    expect(problem).toContain('npm run deactivate-demo-accounts');
    expect(startupProblems({ ...safe, demoAccounts: demo, seedDemo: false })).toHaveLength(1);
    expect(startupProblems({ ...safe, demoAccounts: demo, seedDemo: true })).toEqual([]);
  });
});

describe('demo-password accounts in the database', () => {
  it('finds active accounts with the seed’s hash, and the demo emails seeded with any salt', async () => {
    await rolledBack(db, async (tx) => {
      const seeded = await demoUser(tx);
      const inactive = await demoUser(tx, { active: false });
      await tx.delete(users).where(eq(users.email, 'admin@example.com'));
      const legacy = await demoUser(tx, { email: 'admin@example.com', passwordHash: await hashPassword(DEMO_PASSWORD) });
      const mine = (await listActiveDemoPasswordAccounts(tx)).map((account) => account.id);
      expect(mine).toEqual(expect.arrayContaining([seeded.id, legacy.id]));
      expect(mine).not.toContain(inactive.id);
    });
  });

  it('ignores accounts with a password of their own', async () => {
    const user = await createTestUser(db, { role: 'admin' });
    expect((await listActiveDemoPasswordAccounts(db)).map((account) => account.id)).not.toContain(user.id);
  });

  it('stops a production start while one is active, with the message on stderr', async () => {
    await rolledBack(db, async (tx) => {
      const account = await demoUser(tx);
      const exit = vi.fn();
      const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
      await enforceProductionChecks({ conn: tx, exit: exit as never });
      expect(exit).toHaveBeenCalledWith(1);
      expect(stderr.mock.calls.join('\n')).toContain(`${account.email} (admin)`);
      stderr.mockRestore();
    });
  });

  it('deactivates them, ending their sessions and auditing it, but never the last admin', async () => {
    await rolledBack(db, async (tx) => {
      await tx.update(users).set({ active: false }).where(eq(users.role, 'admin'));
      const account = await demoUser(tx);
      expect(await deactivateDemoPasswordAccounts(tx)).toMatchObject({ ok: false, reason: 'no-other-admin' });
      await createTestUser(tx as never, { role: 'admin' });
      const result = await deactivateDemoPasswordAccounts(tx);
      expect(result.ok && result.deactivated.map((a) => a.id)).toContain(account.id);
      const [row] = await tx.select({ active: users.active }).from(users).where(eq(users.id, account.id));
      expect(row?.active).toBe(false);
      const [audit] = await tx.select({ action: auditLog.action, actor: auditLog.actorUserId }).from(auditLog).where(eq(auditLog.entityId, account.id));
      expect(audit).toEqual({ action: 'user.deactivated', actor: null });
      expect(await listActiveDemoPasswordAccounts(tx)).toEqual([]);
    });
  });
});
