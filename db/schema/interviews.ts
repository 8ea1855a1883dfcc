import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { InterviewStatus, Recommendation } from '../../lib/domain/hiring-loop';
import { applications } from './applications';
import { createdAt, tstzrange, updatedAt } from './columns';
import { jobs } from './jobs';
import { users } from './users';

// ---------------------------------------------------------------- interview kinds (versioned per job)
// Mirrors question_sets/questions: once an interview points at a plan's kind, that plan is frozen
// and an edit becomes a new version, so every scorecard keeps the criteria it was written against.
export const interviewPlans = pgTable(
  'interview_plans',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    jobId: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    isCurrent: boolean('is_current').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('interview_plans_job_version_unique').on(t.jobId, t.version),
    uniqueIndex('interview_plans_one_current').on(t.jobId).where(sql`${t.isCurrent}`),
  ],
);

export interface ScorecardCriterion {
  /** Stable across versions, like a question's key. */
  key: string;
  label: string;
}

export const interviewKinds = pgTable(
  'interview_kinds',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    planId: integer('plan_id')
      .notNull()
      .references(() => interviewPlans.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    criteria: jsonb('criteria').$type<ScorecardCriterion[]>().notNull().default([]),
  },
  (t) => [
    uniqueIndex('interview_kinds_plan_key_unique').on(t.planId, t.key),
    uniqueIndex('interview_kinds_plan_position_unique').on(t.planId, t.position),
    check('interview_kinds_name_length', sql`char_length(trim(${t.name})) between 1 and 80`),
    check('interview_kinds_criteria_array', sql`jsonb_typeof(${t.criteria}) = 'array' and jsonb_array_length(${t.criteria}) <= 12`),
  ],
);

// ---------------------------------------------------------------- interviews
export const interviews = pgTable(
  'interviews',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    interviewKindId: integer('interview_kind_id')
      .notNull()
      .references(() => interviewKinds.id, { onDelete: 'restrict' }),
    // The iCalendar UID: every invitation, update and cancellation of this interview carries it.
    uid: text('uid').notNull().unique(),
    // Bumped by every reschedule and the cancellation (RFC 5545 SEQUENCE), so calendars apply them in order.
    sequence: integer('sequence').notNull().default(0),
    status: text('status').$type<InterviewStatus>().notNull(),
    // UTC; null only while the candidate has not picked one of the offered slots.
    startsAt: timestamp('starts_at', { withTimezone: true }),
    durationMinutes: integer('duration_minutes').notNull(),
    location: text('location'),
    videoUrl: text('video_url'),
    // For the interviewers only: never in the candidate's email or on their status page.
    interviewerNotes: text('interviewer_notes'),
    createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('interviews_status_known', sql`${t.status} in ('awaiting_candidate', 'scheduled', 'cancelled')`),
    check('interviews_scheduled_has_time', sql`${t.status} <> 'scheduled' or ${t.startsAt} is not null`),
    check('interviews_duration_range', sql`${t.durationMinutes} between 5 and 480`),
    check('interviews_sequence_non_negative', sql`${t.sequence} >= 0`),
    index('interviews_application_idx').on(t.applicationId),
    // The reminder sweep and the "Upcoming interviews" lists.
    index('interviews_scheduled_starts_idx').on(t.startsAt).where(sql`${t.status} = 'scheduled'`),
  ],
);

export const interviewInterviewers = pgTable(
  'interview_interviewers',
  {
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.userId] }), index('interview_interviewers_user_idx').on(t.userId)],
);

// ---------------------------------------------------------------- self-scheduling: slots the team offers
// Offered per job and interview kind; any candidate invited to that kind may take a free one.
// `interview_id` is set (once) by the candidate who takes it: the race is decided by that UPDATE.
export const interviewSlots = pgTable(
  'interview_slots',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    jobId: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    interviewKindId: integer('interview_kind_id')
      .notNull()
      .references(() => interviewKinds.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    location: text('location'),
    videoUrl: text('video_url'),
    interviewId: integer('interview_id')
      .unique()
      .references(() => interviews.id, { onDelete: 'set null' }),
    createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('interview_slots_duration_range', sql`${t.durationMinutes} between 5 and 480`),
    index('interview_slots_open_idx').on(t.jobId, t.interviewKindId, t.startsAt).where(sql`${t.interviewId} is null`),
  ],
);

export const interviewSlotInterviewers = pgTable(
  'interview_slot_interviewers',
  {
    slotId: integer('slot_id')
      .notNull()
      .references(() => interviewSlots.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.slotId, t.userId] })],
);

// Every interviewer's busy time: one row per person per scheduled interview or offered slot. An
// exclusion constraint (migration, btree_gist) refuses two overlapping rows of one user, so
// nobody is ever booked twice, whatever races the app has.
export const interviewerBookings = pgTable(
  'interviewer_bookings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    during: tstzrange('during').notNull(),
    interviewId: integer('interview_id').references(() => interviews.id, { onDelete: 'cascade' }),
    slotId: integer('slot_id').references(() => interviewSlots.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('interviewer_bookings_one_owner', sql`num_nonnulls(${t.interviewId}, ${t.slotId}) = 1`),
    index('interviewer_bookings_interview_idx').on(t.interviewId),
    index('interviewer_bookings_slot_idx').on(t.slotId),
  ],
);

// ---------------------------------------------------------------- scorecards
export const scorecards = pgTable(
  'scorecards',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    // Copied from the interview, so the application's summary and its trigger need no join.
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recommendation: text('recommendation').$type<Recommendation>().notNull(),
    // Criterion key → 1..4, keyed like the interview kind's criteria of the version interviewed on.
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull().default({}),
    notes: text('notes').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('scorecards_interview_user_unique').on(t.interviewId, t.userId),
    index('scorecards_application_idx').on(t.applicationId),
    check('scorecards_recommendation_known', sql`${t.recommendation} in ('strong_no', 'no', 'yes', 'strong_yes')`),
    check('scorecards_notes_length', sql`char_length(${t.notes}) <= 10000`),
  ],
);

export type Interview = typeof interviews.$inferSelect;
export type InterviewKind = typeof interviewKinds.$inferSelect;
export type InterviewSlot = typeof interviewSlots.$inferSelect;
export type Scorecard = typeof scorecards.$inferSelect;
