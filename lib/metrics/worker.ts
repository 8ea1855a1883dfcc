import 'server-only';
import { readOutboxHealth } from '@/db/queries/email-outbox';
import { logger } from '@/lib/logger';
import { counter, gauge } from './registry';

// Read from PostgreSQL when Prometheus scrapes, so every app instance reports the same
// figures whichever worker did the work: aggregate them with max(), not sum().

const collectErrors = counter({
  name: 'portico_metrics_collect_errors_total',
  help: 'Scrapes in which a figure read from the database could not be read (the database is down or slow).',
  labelNames: ['source'] as const,
});

const outboxEmails = gauge({
  name: 'portico_outbox_emails',
  help: 'Emails in the outbox by status (queued, sending, sent, failed, kept).',
  labelNames: ['status'] as const,
});

const outboxOldestWait = gauge({
  name: 'portico_outbox_oldest_wait_seconds',
  help: 'Seconds the oldest queued or sending email has waited since it was queued (0 when none waits).',
});

const queueJobs = gauge({
  name: 'portico_worker_queue_jobs',
  help: 'pg-boss jobs per queue and state (created, retry, active, completed, cancelled, failed).',
  labelNames: ['queue', 'state'] as const,
});

/** Longer than a healthy read takes, shorter than Prometheus's default 10 s scrape timeout. */
const READ_TIMEOUT_MS = 3_000;

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), READ_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Refreshes the gauges above; called by /api/metrics before it renders the registry. */
export async function collectWorkerMetrics(): Promise<void> {
  try {
    const health = await withinTimeout(readOutboxHealth());
    outboxEmails.reset();
    for (const [status, count] of Object.entries(health.counts)) outboxEmails.set({ status }, count);
    outboxOldestWait.set(health.oldestQueuedSeconds ?? 0);
    queueJobs.reset();
    for (const { name, state, count } of health.queues) if (state !== 'idle') queueJobs.set({ queue: name, state }, count);
  } catch (error) {
    // The scrape still answers (process and request figures matter most when the database is
    // down), without the old figures: a stale "0 waiting" must not look healthy.
    outboxEmails.reset();
    outboxOldestWait.set(Number.NaN);
    queueJobs.reset();
    collectErrors.inc({ source: 'outbox' });
    logger.warn({ err: error instanceof Error ? error.name : 'Error' }, 'Could not read the outbox figures for /api/metrics');
  }
}
