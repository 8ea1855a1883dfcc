import 'server-only';
import './applications';
import './cache';
import './database';
import './http';
import { counter, collectProcessMetrics } from './registry';
import { collectWorkerMetrics } from './worker';

// Everything /api/metrics exposes, loaded up front so every series exists (at 0) before its
// first event: an alert on rate(x[5m]) needs the series to be there.

// Sign-in figures are counted by the sign-in code (lib/metrics/sign-in.ts, same names and labels,
// get-or-create); declared here as well so they are exported before the first sign-in.
counter({ name: 'portico_sign_in_failures_total', help: 'Refused email + password sign-ins, by reason.', labelNames: ['reason'] as const });
counter({
  name: 'portico_sign_in_lockouts_total',
  help: 'Times an account, client IP or known device reached its free failures and further attempts started to wait.',
  labelNames: ['scope'] as const,
});

collectProcessMetrics();

/** Brings the figures read from the database up to date, for the scrape about to be rendered. */
export async function refreshScrapedMetrics(): Promise<void> {
  await collectWorkerMetrics();
}
