import './lib/load-env';
import { deactivateDemoPasswordAccounts } from '../lib/auth/demo-accounts';
import { withMigratedDatabase } from './lib/with-database';

// `npm run deactivate-demo-accounts`: deactivates every active account that still signs in with
// the published demo password (audited), so that a production start (which refuses to run while
// one exists) can go ahead. Create your own admin first: `npm run create-admin`.

const log = (line: string) => console.log(`[deactivate-demo-accounts] ${line}`);
const exitCode = await withMigratedDatabase(log, async (db) => {
  const result = await deactivateDemoPasswordAccounts(db);
  if (!result.ok) {
    const emails = result.accounts.map((account) => account.email).join(', ');
    console.error(`[deactivate-demo-accounts] Deactivating ${emails} would leave no active admin. Create yours first: npm run create-admin -- --email you@example.com --name "Your Name"`);
    return 1;
  }
  if (result.deactivated.length === 0) log('No active account has the demo password.');
  else log(`Deactivated: ${result.deactivated.map((account) => `${account.email} (${account.role})`).join(', ')}.`);
  return 0;
});
// Explicit: something in the database client's shutdown resets process.exitCode.
process.exit(exitCode);
