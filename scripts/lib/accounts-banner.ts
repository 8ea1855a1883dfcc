import { createDb } from '../../db/client';
import { hasActiveAdmin, type DemoAccount } from '../../db/queries/demo-accounts';
import { listActiveDemoPasswordAccounts } from '../../lib/auth/demo-accounts';
import { DEMO_PASSWORD } from '../../lib/domain/demo-accounts';
import { env } from '../../lib/env';

/** The start-up banner's lines about who can sign in: demo accounts only when there are any. */
export function bannerLines({ demo, hasAdmin, mode, seedDemo }: { demo: DemoAccount[]; hasAdmin: boolean; mode: 'dev' | 'start'; seedDemo?: boolean }): string[] {
  const lines: string[] = [];
  if (demo.length > 0) {
    const names = demo.map((account) => `${account.email} (${account.role.replace('_', ' ')})`).join(', ');
    lines.push(`  Demo accounts (password "${DEMO_PASSWORD}"): ${names}`);
    if (mode === 'start' && seedDemo !== true) lines.push('  A production server refuses to start with them: see npm run deactivate-demo-accounts.');
  }
  if (!hasAdmin) lines.push('  No admin yet: create yours with npm run create-admin -- --email you@example.com --name "Your Name"');
  return lines;
}

export async function accountsBanner(url: string, mode: 'dev' | 'start'): Promise<string[]> {
  const { db, sql } = createDb(url, { max: 1 });
  try {
    return bannerLines({ demo: await listActiveDemoPasswordAccounts(db), hasAdmin: await hasActiveAdmin(db), mode, seedDemo: env.SEED_DEMO });
  } finally {
    await sql.end();
  }
}
