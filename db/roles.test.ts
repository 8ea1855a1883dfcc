import { randomBytes } from 'node:crypto';
import PgBoss from 'pg-boss';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantAppRole, quoteIdent, roleOf, sameRole } from './roles';

// Issue 10 item 9, on real PostgreSQL: the app's role cannot rewrite the audit log, neither by
// statements (refused by privileges, before the append-only trigger is even asked) nor by
// disabling or dropping that trigger (only the tables' owner could).

const ownerUrl = process.env.DATABASE_URL!;
const roleName = `portico_app_${randomBytes(4).toString('hex')}`;
const appUrl = (() => {
  const url = new URL(ownerUrl);
  url.username = roleName;
  url.password = 'app-secret-for-tests';
  return url.toString();
})();
const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
let app: postgres.Sql;

beforeAll(async () => {
  expect(await grantAppRole(ownerUrl, appUrl)).toEqual({ role: roleName, created: true });
  app = postgres(appUrl, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await app?.end();
  await owner.unsafe(`drop owned by ${quoteIdent(roleName)}`);
  await owner.unsafe(`drop role ${quoteIdent(roleName)}`);
  await owner.end();
});

const refusal = (query: Promise<unknown>) => query.then(() => 'allowed', (error: Error) => error.message);

describe('the app database role', () => {
  it('appends to the audit log and reads it, nothing more', async () => {
    const entityId = `roles-test-${roleName}`;
    await app`insert into audit_log (action, entity_type, entity_id) values ('test.appended', 'test', ${entityId})`;
    expect(await app`select action from audit_log where entity_id = ${entityId}`).toEqual([{ action: 'test.appended' }]);
    expect(await refusal(app`update audit_log set action = 'test.rewritten' where entity_id = ${entityId}`)).toMatch(/permission denied for table audit_log/);
    expect(await refusal(app`delete from audit_log where entity_id = ${entityId}`)).toMatch(/permission denied for table audit_log/);
    expect(await refusal(app`truncate audit_log`)).toMatch(/permission denied for table audit_log/);
  });

  it('cannot disable or drop the audit triggers, nor change any table', async () => {
    expect(await refusal(app`alter table audit_log disable trigger audit_log_no_update`)).toMatch(/must be owner of (table|relation) audit_log/);
    expect(await refusal(app`alter table audit_log disable trigger all`)).toMatch(/must be owner/);
    expect(await refusal(app`drop trigger audit_log_no_update on audit_log`)).toMatch(/must be owner/);
    expect(await refusal(app`alter table applications add column x int`)).toMatch(/must be owner/);
    expect(await refusal(app`create table public.sneaky (id int)`)).toMatch(/permission denied for schema public/);
    expect(await refusal(app`set session_replication_role = replica`)).toMatch(/permission denied/);
  });

  it('reads and writes the application tables', async () => {
    expect(await refusal(app`select count(*) from applications`)).toBe('allowed');
    expect(await refusal(app`update settings set updated_at = updated_at where id = -1`)).toBe('allowed');
    expect(await refusal(app`delete from email_outbox where false`)).toBe('allowed');
    // The one owner-only thing the app does, through the migration's SECURITY DEFINER function.
    expect(await refusal(app`refresh materialized view search_lexicon`)).toMatch(/must be owner|permission denied/);
    expect(await refusal(app`select refresh_search_lexicon()`)).toBe('allowed');
  });

  it('lets the worker’s pg-boss make and own its schema', async () => {
    const boss = new PgBoss({ connectionString: appUrl, schema: `pgboss_${roleName}`, max: 1 });
    boss.on('error', () => {});
    await boss.start();
    await boss.createQueue('roles-test');
    await boss.send('roles-test', { id: 1 });
    await boss.stop({ graceful: false, wait: true });
    expect(await owner`select pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = ${`pgboss_${roleName}`}`).toEqual([{ owner: roleName }]);
  });

  it('grants again without creating the role twice, and refuses one role for both', async () => {
    expect(await grantAppRole(ownerUrl, appUrl)).toEqual({ role: roleName, created: false });
    expect(sameRole(ownerUrl, ownerUrl)).toBe(true);
    await expect(grantAppRole(ownerUrl, ownerUrl)).rejects.toThrow(/same role/);
    expect(roleOf('postgres://a%40b:p%3Aw@h/db')).toEqual({ name: 'a@b', password: 'p:w' });
  });
});
