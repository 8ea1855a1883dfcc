import { date, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { stageKind } from './enums';
import { stageEvents } from './review';

// ---------------------------------------------------------------- report facts (kept by triggers)
// The reports read these instead of joining applications, stages and stage_events per request:
// over a million applications those joins take seconds. Triggers (migration "report_facts")
// refresh an application's rows whenever it or its stage history changes, so they are never
// stale and no worker has to catch up. Nothing writes them but those triggers.

/** One row per application: how far it got and where it stands, in the words reports count. */
export const applicationReportFacts = pgTable(
  'application_report_facts',
  {
    applicationId: integer('application_id')
      .primaryKey()
      .references(() => applications.id, { onDelete: 'cascade' }),
    jobId: integer('job_id').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    source: text('source'),
    currentKind: stageKind('current_kind').notNull(),
    /** 0 applied … 4 hired: the furthest funnel step of its current and past stages. */
    furthestRank: smallint('furthest_rank').notNull(),
    /** The first move into a hired-kind stage. */
    hiredAt: timestamp('hired_at', { withTimezone: true }),
    /** The reason of the latest rejection (whatever the current stage). */
    rejectionReasonId: integer('rejection_reason_id'),
  },
  (t) => [index('application_report_facts_job_submitted_idx').on(t.jobId, t.submittedAt), index('application_report_facts_submitted_idx').on(t.submittedAt)],
);

/** One row per stage event: the stay it ended (kind of stage, length in days). */
export const reportStays = pgTable(
  'report_stays',
  {
    stageEventId: integer('stage_event_id')
      .primaryKey()
      .references(() => stageEvents.id, { onDelete: 'cascade' }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    jobId: integer('job_id').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    kind: stageKind('kind').notNull(),
    days: doublePrecision('days').notNull(),
  },
  (t) => [index('report_stays_job_submitted_idx').on(t.jobId, t.submittedAt), index('report_stays_application_idx').on(t.applicationId)],
);

// ---------------------------------------------------------------- rollups (kept by triggers on the facts)
// What the reports page sums: per job, UTC day of application and source, so any filter the
// page offers (job, department, location, whole days) is a sum over a few thousand rows, not a
// scan of a million. Each change to a fact row subtracts its old contribution and adds its new one.

export const reportDaily = pgTable(
  'report_daily',
  {
    jobId: integer('job_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    /** '' for no tracked source (a primary key column cannot be null). */
    source: text('source').notNull(),
    applications: integer('applications').notNull().default(0),
    reachedScreening: integer('reached_screening').notNull().default(0),
    reachedInterview: integer('reached_interview').notNull().default(0),
    reachedOffer: integer('reached_offer').notNull().default(0),
    reachedHired: integer('reached_hired').notNull().default(0),
    rejectedNow: integer('rejected_now').notNull().default(0),
    hiredNow: integer('hired_now').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.day, t.source] }), index('report_daily_day_idx').on(t.day)],
);

/** Applications now rejected per reason of their latest rejection (0: none recorded). */
export const reportDailyReasons = pgTable(
  'report_daily_reasons',
  {
    jobId: integer('job_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    reasonId: integer('reason_id').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.day, t.reasonId] })],
);

/**
 * Durations as a histogram in tenths of a day: `measure` is a stage kind (a completed stay in
 * it) or 'hire' (application to first hire). Medians and 90th percentiles come from the bucket
 * counts, exact to a tenth of a day.
 */
export const reportDurations = pgTable(
  'report_durations',
  {
    jobId: integer('job_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    measure: text('measure').notNull(),
    tenths: integer('tenths').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.day, t.measure, t.tenths] })],
);

// The same per calendar month (UTC), for reports without a date range: "all time" then sums a
// few thousand rows instead of every day's. Months have no partial ends there, so it is exact.
export const reportMonthly = pgTable(
  'report_monthly',
  {
    jobId: integer('job_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    applications: integer('applications').notNull().default(0),
    reachedScreening: integer('reached_screening').notNull().default(0),
    reachedInterview: integer('reached_interview').notNull().default(0),
    reachedOffer: integer('reached_offer').notNull().default(0),
    reachedHired: integer('reached_hired').notNull().default(0),
    rejectedNow: integer('rejected_now').notNull().default(0),
    hiredNow: integer('hired_now').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.month, t.source] })],
);

export const reportDurationsMonthly = pgTable(
  'report_durations_monthly',
  {
    jobId: integer('job_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    measure: text('measure').notNull(),
    tenths: integer('tenths').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.month, t.measure, t.tenths] })],
);
