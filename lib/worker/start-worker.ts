import 'server-only';
import PgBoss from 'pg-boss';
import { createDb } from '@/db/client';
import { sendDailyDigests } from '@/db/queries/notifications';
import { purgeExpiredData } from '@/db/queries/retention';
import { env } from '@/lib/env';
import { sendInterviewReminders } from '@/lib/interviews/reminders';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';
import { smtpDeliver } from '@/lib/mail/deliver';
import { drainOutbox, type Deliver } from '@/lib/mail/drain-outbox';
import { OUTBOX_CHANNEL } from '@/db/queries/outbox-writes';
import { storageFor } from '@/lib/storage';
import { TAGS } from '@/lib/domain/cache-tags';
import { closeExpiredJobs as closeExpiredJobsNow } from '@/db/queries/close-expired-jobs';
import { indexPendingResumes } from '@/lib/candidates/index-resumes';
import { redisTagExpirer } from '@/lib/next-cache/expire-tags';
import { closeExpiredJobsViaApp } from './close-expired-via-app';
import { coalescingRunner } from './coalescing-runner';
import { runHousekeeping } from './housekeeping';
import { newRunId, observedHandler, runObservedJob } from './observed-job';
import { ORPHAN_OBJECT_GRACE_MS, PG_BOSS_SCHEMA, RESUME_INDEX_POLL_MS, WORKER_QUEUES } from './queues';
import { startWorkerTracing } from './worker-tracing';

export interface RunningWorker {
  stop: () => Promise<void>;
}

const log = logger.child({ component: 'worker' });

/**
 * The background worker: pg-boss schedules (outbox drain, closing dates, rate-limit pruning)
 * plus an outbox drain woken by NOTIFY and by a short poll. Any number of workers may run; the
 * outbox claim (SKIP LOCKED) and pg-boss's own locking keep them from doing a job twice.
 */
export interface WorkerOptions {
  databaseUrl: string;
  authSecret?: string;
  /** SMTP from SMTP_URL/EMAIL_FROM by default; tests hand in their own server's. */
  deliver?: Deliver;
  pollMs?: number;
}

const drainQueueName = WORKER_QUEUES.drainOutbox.name;

export async function startWorker({ databaseUrl, authSecret, deliver = smtpDeliver(), pollMs = env.OUTBOX_POLL_MS }: WorkerOptions): Promise<RunningWorker> {
  await startWorkerTracing();
  const { db, sql } = createDb(databaseUrl, { max: 4 });
  if (!deliver) log.warn('SMTP_URL or EMAIL_FROM is not set: emails are kept in the database (see /admin/outbox), not sent');

  const drainer = coalescingRunner(
    () =>
      runObservedJob(drainQueueName, newRunId(), async () => {
        const result = await drainOutbox(db, deliver, { log: (event, fields) => log.info(fields, event) });
        if (result.sent + result.kept + result.retrying + result.failed > 0) log.info(result, 'Outbox drained');
      }),
    (error) => log.error({ err: loggableError(error) }, 'Outbox drain failed'),
  );

  const work = (queue: string, fn: () => Promise<void>) => boss.work(queue, observedHandler(queue, fn));
  const boss = new PgBoss({ connectionString: databaseUrl, schema: PG_BOSS_SCHEMA, application_name: 'portico-worker', max: 4 });
  boss.on('error', (error: unknown) => log.error({ err: loggableError(error) }, 'pg-boss error'));
  await boss.start();

  const { drainOutbox: drainQueue, closeExpiredJobs, pruneRateLimits: pruneQueue, sendDailyDigests: digestQueue, purgeExpiredData: purgeQueue } = WORKER_QUEUES;
  for (const queue of Object.values(WORKER_QUEUES)) {
    // 'singleton': one run of each at a time, so a slow run never piles up behind the cron.
    await boss.createQueue(queue.name, { name: queue.name, policy: 'singleton', retryLimit: 2, expireInSeconds: 300 });
    await boss.schedule(queue.name, queue.cron);
  }
  await boss.work(drainQueue.name, async () => drainer.kick());
  // With the shared cache in Redis the worker closes the jobs itself and expires their tags in
  // that store; without it only an app instance can refresh its own cache, so it asks one.
  const tagExpirer = env.REDIS_URL ? await redisTagExpirer(env.REDIS_URL) : null;
  await work(closeExpiredJobs.name, async () => {
    if (tagExpirer) {
      const closed = await closeExpiredJobsNow(db);
      if (closed.length === 0) return;
      await tagExpirer.expire([TAGS.jobs, ...closed.map((job) => TAGS.job(job.slug))]);
      log.info({ jobIds: closed.map((job) => job.id) }, 'Closed jobs past their closing date');
      return;
    }
    if (!authSecret) {
      log.warn('AUTH_SECRET is not set: jobs past their closing date are not marked closed automatically');
      return;
    }
    const closed = await closeExpiredJobsViaApp(authSecret);
    if (closed.length > 0) log.info({ slugs: closed }, 'Closed jobs past their closing date');
  });
  await work(pruneQueue.name, async () => {
    log.info(await runHousekeeping(db), 'Housekeeping done');
  });
  await work(digestQueue.name, async () => {
    const now = new Date();
    // Before the hour, today's digests wait; after it, a run finds only users still without one.
    if (now.getUTCHours() < env.DIGEST_HOUR_UTC) return;
    const run = await sendDailyDigests(now, db, env.APP_URL);
    if (run.sent > 0) log.info(run, 'Queued daily digests');
  });
  await work(WORKER_QUEUES.sendInterviewReminders.name, async () => {
    const run = await sendInterviewReminders(new Date(), env.INTERVIEW_REMINDER_HOURS, db);
    if (run.queued > 0) log.info(run, 'Queued interview reminders');
  });
  const storage = storageFor(db);
  await work(purgeQueue.name, async () => {
    const report = await purgeExpiredData(new Date(), db, storage);
    log.info({ ...report, cutoff: report.cutoff.toISOString() }, 'Retention purge done');
  });
  await work(WORKER_QUEUES.purgeRemovedFiles.name, async () => {
    let total = 0;
    for (let run = await storage.purgeRemovedObjects(); run.deleted > 0; run = await storage.purgeRemovedObjects()) total += run.deleted;
    if (total > 0) log.info({ deleted: total }, 'Deleted the objects of removed files');
  });
  // One indexing run at a time per worker, whether the cron or the poll started it.
  const resumeIndexer = coalescingRunner(
    () =>
      runObservedJob(WORKER_QUEUES.indexResumeTexts.name, newRunId(), async () => {
        const run = await indexPendingResumes(db, storage);
        if (run.extracted + run.unreadable > 0) log.info(run, 'Indexed resume texts');
      }),
    (error) => log.error({ err: loggableError(error) }, 'Resume indexing failed'),
  );
  await boss.work(WORKER_QUEUES.indexResumeTexts.name, async () => resumeIndexer.kick());
  const resumePoll = setInterval(() => void resumeIndexer.kick(), RESUME_INDEX_POLL_MS);
  await work(WORKER_QUEUES.sweepOrphanFiles.name, async () => {
    const report = await storage.sweepOrphanObjects(new Date(Date.now() - ORPHAN_OBJECT_GRACE_MS));
    log.info(report, 'Swept orphan objects');
  });

  // Woken at the commit of any transaction that queued an email (lib/mail/outbox.ts), and by a
  // poll for emails whose retry time has come (a NOTIFY missed while reconnecting is caught too).
  const listener = await sql.listen(OUTBOX_CHANNEL, () => void drainer.kick());
  const poll = setInterval(() => void drainer.kick(), pollMs);
  void drainer.kick();
  log.info({ pollMs, queues: Object.values(WORKER_QUEUES).map((q) => q.name) }, 'Worker started');

  return {
    async stop() {
      clearInterval(poll);
      clearInterval(resumePoll);
      await listener.unlisten().catch(() => {});
      await boss.stop({ graceful: true, timeout: 10_000, wait: true }).catch((error: unknown) => log.warn({ err: loggableError(error) }, 'pg-boss did not stop cleanly'));
      await drainer.idle();
      await resumeIndexer.idle();
      await tagExpirer?.close().catch(() => {});
      await sql.end({ timeout: 5 });
      log.info('Worker stopped');
    },
  };
}
