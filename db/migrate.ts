import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

// An arbitrary, fixed key: instances starting together take turns instead of racing the DDL.
const MIGRATION_LOCK_KEY = 7_242_001;

export async function runMigrations(url: string, projectDir = process.cwd()): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(sql), { migrationsFolder: path.join(projectDir, 'db', 'migrations') });
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    await sql.end();
  }
}

/**
 * The migrations, run as the owner when a separate owner URL is given, then the app role's
 * grants (db/roles.ts): new tables are granted, audit_log stays append-only for the app.
 * Without an owner URL, one role does both (the embedded default).
 */
export async function migrateAndGrant(appUrl: string, ownerUrl: string | undefined, projectDir = process.cwd()): Promise<{ appRole: string | null }> {
  if (!ownerUrl || ownerUrl === appUrl) {
    await runMigrations(appUrl, projectDir);
    return { appRole: null };
  }
  await runMigrations(ownerUrl, projectDir);
  const { grantAppRole } = await import('./roles');
  const { role } = await grantAppRole(ownerUrl, appUrl);
  return { appRole: role };
}
