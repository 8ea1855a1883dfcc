import './lib/load-env';
import { runMigrations } from '../db/migrate';
import { createDb } from '../db/client';
import { deactivateDemoPasswordAccounts } from '../db/queries/demo-accounts';
import { provideDatabase } from './lib/database';

// `npm run deactivate-demo-accounts`: deactivates every active account that still signs in with
// the published demo password (audited), so that a production start (which refuses to run while
// one exists) can go ahead. Create your own admin first: `npm run create-admin`.

const log = (line: string) => console.log(`[deactivate-demo-accounts] ${line}`);
// Set here, used at the very end: the database must be stopped whatever happened.
let exitCode = 0;
const database = await provideDatabase('portico', log);
try {
  await runMigrations(database.url);
  const { db, sql } = createDb(database.url, { max: 1 });
  try {
    const result = await deactivateDemoPasswordAccounts(db);
    if (!result.ok) {
      console.error(
        `[deactivate-demo-accounts] ${result.accounts.map((a) => a.email).join(', ')} would leave no active admin. Create yours first: npm run create-admin -- --email you@example.com --name "Your Name"`,
      );
      exitCode = 1;
    } else if (result.deactivated.length === 0) log('No active account has the demo password.');
    else log(`Deactivated: ${result.deactivated.map((a) => `${a.email} (${a.role})`).join(', ')}.`);
  } finally {
    await sql.end();
  }
} finally {
  await database.stop();
}
process.exit(exitCode);
