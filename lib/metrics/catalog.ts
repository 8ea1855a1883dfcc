import 'server-only';
import './applications';
import './cache';
import './database';
import './http';
import './sign-in';
import { collectProcessMetrics } from './registry';
import { collectWorkerMetrics } from './worker';

// Everything /api/metrics exposes, loaded up front so every series exists (at 0) before its
// first event: an alert on rate(x[5m]) needs the series to be there.

collectProcessMetrics();

/** Brings the figures read from the database up to date, for the scrape about to be rendered. */
export async function refreshScrapedMetrics(): Promise<void> {
  await collectWorkerMetrics();
}
