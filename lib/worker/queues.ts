// The worker's pg-boss queues and when each runs. Cron is pg-boss's (minute granularity); the
// outbox is also drained on NOTIFY and on a short poll (lib/worker/outbox-waker.ts), so an email
// goes out within seconds, and this schedule is only the safety net.
export { PG_BOSS_SCHEMA } from '@/lib/domain/pg-boss';

export const WORKER_QUEUES = {
  drainOutbox: { name: 'outbox-drain', cron: '* * * * *' },
  closeExpiredJobs: { name: 'close-expired-jobs', cron: '* * * * *' },
  // Housekeeping (lib/worker/housekeeping.ts): rate-limit windows, idempotency keys, expired
  // magic-link tokens, sign-in throttles, ended sessions. The queue keeps its first name.
  pruneRateLimits: { name: 'prune-rate-limits', cron: '17 * * * *' },
  // Hourly, not daily: a run finds only users without today's digest (one per user per UTC day),
  // so a worker that was down at the usual hour still sends it when it comes back.
  sendDailyDigests: { name: 'send-daily-digests', cron: '0 * * * *' },
  // Daily at 03:41 UTC; each run is idempotent, and a missed day is caught up by the next.
  purgeExpiredData: { name: 'purge-expired-data', cron: '41 3 * * *' },
  // Object storage: removed files' objects whose delete right after the commit failed, and
  // uploads whose application never committed (lib/storage).
  purgeRemovedFiles: { name: 'purge-removed-files', cron: '*/5 * * * *' },
  sweepOrphanFiles: { name: 'sweep-orphan-files', cron: '23 4 * * *' },
  // Every five minutes: reminders for interviews starting within INTERVIEW_REMINDER_HOURS.
  sendInterviewReminders: { name: 'send-interview-reminders', cron: '*/5 * * * *' },
  // Resume text for the candidate search (lib/candidates/index-resumes.ts). Also run on a short
  // poll (RESUME_INDEX_POLL_MS), so a new applicant is found by their resume within seconds.
  indexResumeTexts: { name: 'index-resume-texts', cron: '* * * * *' },
} as const;

export const RESUME_INDEX_POLL_MS = 5_000;

/** An uploaded object younger than this may still be waiting for its row's commit. */
export const ORPHAN_OBJECT_GRACE_MS = 60 * 60_000;

export type WorkerQueueName = (typeof WORKER_QUEUES)[keyof typeof WORKER_QUEUES]['name'];

/**
 * How long housekeeping keeps a row past the end of its use: rate-limit windows (the longest
 * rule's is an hour), the API's Idempotency-Key answers (a day, as the IETF draft suggests),
 * sign-in throttles (forgotten after an hour anyway) and ended sessions.
 */
export const HOUSEKEEPING_RETENTION_MS = 24 * 60 * 60_000;
