import { doublePrecision, index, integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';
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
