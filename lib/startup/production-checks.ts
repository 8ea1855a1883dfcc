import 'server-only';
import { isIP } from 'node:net';
import type { DbOrTx } from '@/db/client';
import type { DemoAccount } from '@/db/queries/demo-accounts';
import { listActiveDemoPasswordAccounts } from '@/lib/auth/demo-accounts';
import { DEMO_PASSWORD } from '@/lib/domain/demo-accounts';
import { env } from '@/lib/env';

// What a production server checks before it serves (instrumentation.ts register(), so `next
// start`, the standalone server.js and any custom server run it): it refuses to start, saying
// why and what to do, rather than serve with a published admin password or with rate limits
// every client can dodge.

/**
 * The address the server listens on: `next start -H <host>` (Next ignores HOSTNAME there), else
 * HOSTNAME (the standalone server.js, and our own scripts), else null — every interface, which
 * is what both of Next's servers do without one.
 */
export function listenHostname(argv: readonly string[], hostnameVariable: string | undefined): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if ((arg === '-H' || arg === '--hostname') && argv[i + 1]) return argv[i + 1]!;
    if (arg.startsWith('--hostname=')) return arg.slice('--hostname='.length);
  }
  return hostnameVariable?.trim() || null;
}

export function isLoopback(hostname: string | null): boolean {
  if (!hostname) return false;
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

export interface StartupFacts {
  hostname: string | null;
  trustedProxies: string | undefined;
  seedDemo: boolean | undefined;
  demoAccounts: DemoAccount[];
}

/** Each reason not to start, as a sentence that says what to do; none means go. */
export function startupProblems(facts: StartupFacts): string[] {
  const problems: string[] = [];
  if (!isLoopback(facts.hostname) && !facts.trustedProxies?.trim()) {
    problems.push(
      `It would listen on ${facts.hostname ?? 'every interface'} without TRUSTED_PROXIES: clients reaching it directly could ` +
        'choose their own IP address and dodge every per-IP limit. Run it behind the reverse proxy (deploy/nginx.conf) and set ' +
        'TRUSTED_PROXIES (1 for one proxy in front, or the proxies\' CIDR ranges), or listen on 127.0.0.1 only (HOSTNAME=127.0.0.1).',
    );
  }
  if (facts.demoAccounts.length > 0 && facts.seedDemo !== true) {
    const names = facts.demoAccounts.map((account) => `${account.email} (${account.role})`).join(', ');
    problems.push(
      `These active accounts still have the published demo password "${DEMO_PASSWORD}": ${names}. Create your own admin ` +
        '(npm run create-admin -- --email you@example.com --name "Your Name"), then run npm run deactivate-demo-accounts. ' +
        'For a demo server, set SEED_DEMO=true on purpose.',
    );
  }
  return problems;
}

/** Gathers the facts from this process and the database. */
export async function currentStartupFacts(conn?: DbOrTx): Promise<StartupFacts> {
  return {
    hostname: listenHostname(process.argv, env.HOSTNAME),
    trustedProxies: env.TRUSTED_PROXIES,
    seedDemo: env.SEED_DEMO,
    demoAccounts: await listActiveDemoPasswordAccounts(conn),
  };
}

/** For register(): logs each problem and ends the process; a database it cannot reach ends it too. */
export async function enforceProductionChecks({
  conn,
  exit = process.exit,
}: { conn?: DbOrTx; exit?: (code: number) => never | void } = {}): Promise<void> {
  let problems: string[];
  try {
    problems = startupProblems(await currentStartupFacts(conn));
  } catch (error) {
    problems = [`Could not check the database for demo accounts: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (problems.length === 0) return;
  console.error(['', 'Portico will not start in production:', ...problems.map((problem) => `  - ${problem}`), ''].join('\n'));
  exit(1);
}
