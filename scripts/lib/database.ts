import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../../lib/env';
import { ensureDatabaseExists, startEmbeddedPostgres } from './embedded-postgres';

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

const projectDir = process.cwd();

/**
 * DATABASE_URL when it is set; otherwise the embedded PostgreSQL with a database of the
 * given name (dev and `npm start` use "portico"; test runs make their own).
 */
export async function provideDatabase(database: string, log: (line: string) => void): Promise<ProvidedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  const cluster = await startEmbeddedPostgres({
    projectDir,
    name: 'postgres',
    port: env.EMBEDDED_PG_PORT,
    dataDirOverride: env.EMBEDDED_PG_DIR,
    log,
  });
  await ensureDatabaseExists(cluster.databaseUrl('postgres'), database);
  return { url: cluster.databaseUrl(database), embedded: true, stop: cluster.stop };
}

/**
 * Auth.js needs a secret. Production sets AUTH_SECRET; a local run gets one generated once
 * and kept in .data, so sessions survive restarts.
 */
export function localAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.join(projectDir, '.data', 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
