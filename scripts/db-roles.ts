import './lib/load-env';
import { grantAppRole } from '../db/roles';
import { env } from '../lib/env';

// `npm run db:roles`: creates the app's role (the user and password of DATABASE_URL) if missing
// and grants it rows only, connected as the owner (MIGRATION_DATABASE_URL). db:migrate and the
// start-up do the same after migrating; this is for an operator setting the roles up or checking.
const log = (line: string) => console.log(`[db:roles] ${line}`);
if (!env.MIGRATION_DATABASE_URL || !env.DATABASE_URL) {
  log('Set MIGRATION_DATABASE_URL (the owner) and DATABASE_URL (the app, another user). See .env.example.');
  process.exit(1);
}
try {
  const { role, created } = await grantAppRole(env.MIGRATION_DATABASE_URL, env.DATABASE_URL);
  log(`${created ? 'Created' : 'Granted'} the app role "${role}": rows only, audit_log append-only, owns no table.`);
} catch (error) {
  log(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
