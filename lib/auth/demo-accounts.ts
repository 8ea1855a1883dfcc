import 'server-only';
import type { DbOrTx } from '@/db/client';
import { deactivateDemoAccounts, listDemoPasswordSuspects, type DeactivateDemoAccountsResult, type DemoAccount } from '@/db/queries/demo-accounts';
import { DEMO_PASSWORD, DEMO_PASSWORD_HASH } from '@/lib/domain/demo-accounts';
import { verifyPassword } from './password';

// Which active accounts still sign in with the published demo password (the start-up check
// refuses to serve them outside a demo), and `npm run deactivate-demo-accounts`.

export async function listActiveDemoPasswordAccounts(conn?: DbOrTx): Promise<DemoAccount[]> {
  const found: DemoAccount[] = [];
  for (const { passwordHash, ...account } of await listDemoPasswordSuspects(conn)) {
    if (passwordHash === DEMO_PASSWORD_HASH || (passwordHash && (await verifyPassword(passwordHash, DEMO_PASSWORD)))) found.push(account);
  }
  return found;
}

/** Every active account with the published password is deactivated and its sessions ended. */
export async function deactivateDemoPasswordAccounts(conn?: DbOrTx): Promise<DeactivateDemoAccountsResult> {
  return deactivateDemoAccounts(await listActiveDemoPasswordAccounts(conn), conn);
}
