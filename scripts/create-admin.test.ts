import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { hashInvitationToken } from '@/db/queries/invitations';
import { auditLog, settings, userInvitations, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD_HASH } from '@/lib/domain/demo-accounts';
import { env } from '@/lib/env';
import { dropDatabase, ensureDatabaseExists } from '@/scripts/lib/embedded-postgres';
import { withDatabaseName } from '@/scripts/lib/database-url';

// The set-up scripts as an operator runs them, each against a database of its own: the demo
// accounts they count are global to a database.
const serverUrl = env.DATABASE_URL!;
const name = `portico_cli_it_${randomBytes(4).toString('hex')}`;
const url = withDatabaseName(serverUrl, name);
let conn: ReturnType<typeof createDb>;

beforeAll(async () => {
  await ensureDatabaseExists(serverUrl, name);
  await runMigrations(url);
  conn = createDb(url, { max: 2 });
}, 120_000);
afterAll(async () => {
  await conn?.sql.end();
  await dropDatabase(serverUrl, name).catch(() => {});
}, 60_000);

function npmScript(script: string, args: string[] = [], { stdin = '', env: extra = {} }: { stdin?: string; env?: Record<string, string> } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', script, ...args], {
    env: { ...process.env, DATABASE_URL: url, SEED_DEMO: '', ...extra },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

const userByEmail = async (email: string) =>
  (await conn.db.select({ id: users.id, role: users.role, active: users.active, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email)))[0];

// Issue 10, finding 1: `npm run db:seed` seeded admin@example.com / portico-demo unless told not to.
describe('npm run db:seed', () => {
  it('seeds the company but no demo accounts by default, and the demo only with SEED_DEMO=true', async () => {
    const plain = await npmScript('scripts/db-seed.ts');
    expect(plain.code).toBe(0);
    expect(await conn.db.select({ id: settings.id }).from(settings)).toHaveLength(1);
    expect(await userByEmail('admin@example.com')).toBeUndefined();

    expect((await npmScript('scripts/db-seed.ts', [], { env: { SEED_DEMO: 'true' } })).code).toBe(0);
    expect(await userByEmail('admin@example.com')).toMatchObject({ role: 'admin', active: true, passwordHash: DEMO_PASSWORD_HASH });
  }, 120_000);
});

describe('npm run create-admin', () => {
  it('creates an active admin with a password read from standard input, audited', async () => {
    const email = `owner-${randomBytes(3).toString('hex')}@example.com`;
    const run = await npmScript('scripts/create-admin.ts', ['--email', email, '--name', 'Olive Owner', '--password-stdin'], {
      stdin: 'a passphrase of our own\n',
    });
    expect(run.code, run.out).toBe(0);
    const user = await userByEmail(email);
    expect(user).toMatchObject({ role: 'admin', active: true });
    expect(await verifyPassword(user!.passwordHash!, 'a passphrase of our own')).toBe(true);
    const [audit] = await conn.db.select({ action: auditLog.action, actor: auditLog.actorUserId }).from(auditLog).where(eq(auditLog.entityId, user!.id));
    expect(audit).toEqual({ action: 'user.created', actor: null });
  }, 60_000);

  it('prints a one-time set-password link instead, with --link', async () => {
    const email = `owner-${randomBytes(3).toString('hex')}@example.com`;
    const run = await npmScript('scripts/create-admin.ts', ['--email', email, '--name', 'Lee Link', '--link']);
    expect(run.code, run.out).toBe(0);
    const token = /\/set-password\?token=([A-Za-z0-9_-]{43})/.exec(run.out)?.[1];
    expect(token).toBeDefined();
    const user = await userByEmail(email);
    expect(user).toMatchObject({ role: 'admin', active: false, passwordHash: null });
    const [invitation] = await conn.db.select({ userId: userInvitations.userId }).from(userInvitations).where(eq(userInvitations.tokenHash, hashInvitationToken(token!)));
    expect(invitation?.userId).toBe(user!.id);
  }, 60_000);

  it('refuses the demo password, a short one, an existing email and a terminal-less run without a flag', async () => {
    const email = `owner-${randomBytes(3).toString('hex')}@example.com`;
    const args = ['--email', email, '--name', 'Ned', '--password-stdin'];
    const published = await npmScript('scripts/create-admin.ts', args, { stdin: 'portico-demo\n' });
    expect(published.code).toBe(1);
    expect(published.out).toContain('published as the demo password');
    const short = await npmScript('scripts/create-admin.ts', args, { stdin: 'short\n' });
    expect(short.code).toBe(1);
    expect(short.out).toContain('at least 12 characters');
    expect(await userByEmail(email)).toBeUndefined();

    const existing = await npmScript('scripts/create-admin.ts', ['--email', 'admin@example.com', '--name', 'X', '--link']);
    expect(existing.code).toBe(1);
    expect(existing.out).toContain('exists already');
    const noTerminal = await npmScript('scripts/create-admin.ts', ['--email', email, '--name', 'Ned']);
    expect(noTerminal.code).toBe(1);
    expect(noTerminal.out).toContain('--password-stdin');
  }, 120_000);
});

describe('npm run deactivate-demo-accounts', () => {
  it('deactivates the demo accounts once an admin of one’s own exists', async () => {
    const run = await npmScript('scripts/deactivate-demo-accounts.ts');
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('admin@example.com (admin)');
    expect(await userByEmail('admin@example.com')).toMatchObject({ active: false });
    expect(await userByEmail('manager@example.com')).toMatchObject({ active: false });
  }, 60_000);
});
