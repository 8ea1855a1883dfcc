// The worker's pg-boss queues and when each runs. Cron is pg-boss's (minute granularity); the
// outbox is also drained on NOTIFY and on a short poll (lib/worker/outbox-waker.ts), so an email
// goes out within seconds, and this schedule is only the safety net.
export const PG_BOSS_SCHEMA = 'pgboss';

export const WORKER_QUEUES = {
  drainOutbox: { name: 'outbox-drain', cron: '* * * * *' },
  closeExpiredJobs: { name: 'close-expired-jobs', cron: '* * * * *' },
  // Housekeeping: old rate-limit windows and the API's day-old idempotency keys.
  pruneRateLimits: { name: 'prune-rate-limits', cron: '17 * * * *' },
  // Hourly, not daily: a run finds only users without today's digest (one per user per UTC day),
  // so a worker that was down at the usual hour still sends it when it comes back.
  sendDailyDigests: { name: 'send-daily-digests', cron: '0 * * * *' },
  // Daily at 03:41 UTC; each run is idempotent, and a missed day is caught up by the next.
  purgeExpiredData: { name: 'purge-expired-data', cron: '41 3 * * *' },
  // Every five minutes: reminders for interviews starting within INTERVIEW_REMINDER_HOURS.
  sendInterviewReminders: { name: 'send-interview-reminders', cron: '*/5 * * * *' },
} as const;

export type WorkerQueueName = (typeof WORKER_QUEUES)[keyof typeof WORKER_QUEUES]['name'];

/** Rate-limit windows older than this count for nothing (the longest rule's window is 15 minutes). */
export const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60_000;

/** The API's Idempotency-Key answers are kept this long (a day, as the IETF draft suggests). */
export const IDEMPOTENCY_KEY_RETENTION_MS = 24 * 60 * 60_000;
