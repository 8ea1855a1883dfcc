import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { applications } from './applications';
import { rejectionReasons } from './rejection-reasons';
import { jobs, stages } from './jobs';
import { users } from './users';

// ---------------------------------------------------------------- review: stage moves, notes, ratings
export const stageEvents = pgTable(
  'stage_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStageId: integer('from_stage_id').references(() => stages.id, { onDelete: 'set null' }),
    toStageId: integer('to_stage_id')
      .notNull()
      .references(() => stages.id, { onDelete: 'restrict' }),
    // Null for moves made by the system (e.g. the application itself).
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason'),
    // Every move to a rejected-kind stage names one of the admins' reasons (the free text is optional).
    rejectionReasonId: integer('rejection_reason_id').references(() => rejectionReasons.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('stage_events_application_idx').on(t.applicationId, t.createdAt),
    index('stage_events_rejection_reason_idx').on(t.rejectionReasonId).where(sql`${t.rejectionReasonId} is not null`),
  ],
);

export const notes = pgTable(
  'notes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('notes_application_idx').on(t.applicationId, t.createdAt),
    check('notes_body_length', sql`length(trim(${t.body})) between 1 and 10000`),
  ],
);

// One rating per reviewer per application: 1 strong no, 2 no, 3 yes, 4 strong yes.
export const ratings = pgTable(
  'ratings',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] }), check('ratings_score_range', sql`${t.score} between 1 and 4`)],
);

// When each user last opened each job's applicants: "new since your last visit".
export const jobVisits = pgTable(
  'job_visits',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jobId: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    lastVisitedAt: timestamp('last_visited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.jobId] })],
);

// Append-only (a trigger refuses UPDATE and DELETE): who did what, when, before → after.
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorUserId),
  ],
);

export type StageEvent = typeof stageEvents.$inferSelect;
export type Note = typeof notes.$inferSelect;
export type Rating = typeof ratings.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
