import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { bytea, createdAt, updatedAt } from './columns';
import { jobs, questionSets, stages } from './jobs';
import { users } from './users';

// ---------------------------------------------------------------- candidates, files, applications
export const candidates = pgTable(
  'candidates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // Normalised (trimmed, lower-cased) by the write path; the check makes sure of it.
    email: text('email').notNull().unique(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    phone: text('phone'),
    linkedinUrl: text('linkedin_url'),
    websiteUrl: text('website_url'),
    // Set by the retention purge (lib/retention): the personal data above has been replaced.
    personalDataPurgedAt: timestamp('personal_data_purged_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('candidates_email_normalised', sql`${t.email} = lower(trim(${t.email}))`)],
);

// Uploaded bytes behind lib/storage; the PostgreSQL driver keeps them here.
export const files = pgTable(
  'files',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    // 'postgres' keeps the bytes in `bytes`; other drivers keep a key in `storage_key`.
    storageDriver: text('storage_driver').notNull().default('postgres'),
    storageKey: text('storage_key'),
    bytes: bytea('bytes'),
    createdAt: createdAt(),
  },
  (t) => [
    check('files_size_positive', sql`${t.sizeBytes} > 0`),
    check('files_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('files_bytes_present', sql`${t.storageDriver} <> 'postgres' or ${t.bytes} is not null`),
    check('files_storage_key_present', sql`${t.storageDriver} = 'postgres' or ${t.storageKey} is not null`),
    // One row per object: deleting a row may delete its object (lib/storage), so no two rows share one.
    uniqueIndex('files_storage_key_unique').on(t.storageKey),
  ],
);

// Objects whose `files` row is gone (deletion, retention): queued in the transaction that deleted
// the row, removed from the object store right after the commit, or by the worker if that failed.
export const fileObjectDeletions = pgTable('file_object_deletions', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  storageDriver: text('storage_driver').notNull(),
  storageKey: text('storage_key').notNull(),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ApplicationAnswers = Record<string, string | string[] | number | boolean | null>;

export const applications = pgTable(
  'applications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // What the candidate quotes, e.g. "APP-7K3M9QXD"; never the sequential id.
    reference: text('reference').notNull().unique(),
    jobId: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'restrict' }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    stageId: integer('stage_id')
      .notNull()
      .references(() => stages.id, { onDelete: 'restrict' }),
    // The contact details as given on this application. The candidate row (one per email) is
    // shared by all of that address's applications; a later application, by them or by anyone
    // typing their address, must not rewrite what an earlier one said. A trigger (migration
    // 0012) fills them from the candidate row when an insert leaves them out.
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    phone: text('phone'),
    linkedinUrl: text('linkedin_url'),
    websiteUrl: text('website_url'),
    questionSetId: integer('question_set_id').references(() => questionSets.id, { onDelete: 'restrict' }),
    resumeFileId: integer('resume_file_id').references(() => files.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<ApplicationAnswers>().notNull().default({}),
    coverLetter: text('cover_letter'),
    source: text('source'),
    // How the person reached this job: through the form ('applied'), or added by the hiring team
    // as someone they found ('sourced'), an agency's candidate or an employee's referral.
    origin: text('origin', { enum: ['applied', 'sourced', 'agency', 'referral'] }).notNull().default('applied'),
    referrerUserId: text('referrer_user_id').references(() => users.id, { onDelete: 'set null' }),
    agencyName: text('agency_name'),
    addedByUserId: text('added_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    utm: jsonb('utm').$type<Record<string, string>>(),
    consentText: text('consent_text').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    // The form's one-time token: a resubmission (reload, double click) finds its earlier application.
    submissionToken: text('submission_token').unique(),
    // sha256 of what was sent (job, email, details, answers, file bytes). A post without a token
    // (the cached form without JavaScript) that repeats a recent application word for word is
    // that application sent twice: it gets the first one's confirmation, not a refusal.
    submissionDigest: text('submission_digest'),
    statusTokenHash: text('status_token_hash').unique(),
    // Set when the candidate withdraws on their status page; the stage stays what it was.
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
    // Copies kept by triggers (migration 0005) so that each sort order of a job's applicant
    // list has an index of its own: a join cannot be indexed, and a job may have 100,000 rows.
    sortName: text('sort_name').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    stagePosition: integer('stage_position').notNull().default(0),
    ratingAverage: numeric('rating_average', { precision: 3, scale: 2 }),
    ratingCount: integer('rating_count').notNull().default(0),
    // Average scorecard recommendation (1 strong no … 4 strong yes), kept by a trigger on scorecards.
    scorecardAverage: numeric('scorecard_average', { precision: 3, scale: 2 }),
    scorecardCount: integer('scorecard_count').notNull().default(0),
  },
  (t) => [
    // One application per candidate (email) per job, whatever races the app has.
    uniqueIndex('applications_job_candidate_unique').on(t.jobId, t.candidateId),
    check('applications_origin', sql`${t.origin} in ('applied', 'sourced', 'agency', 'referral')`),
    check('applications_agency_named', sql`${t.origin} <> 'agency' or ${t.agencyName} is not null`),
    index('applications_job_submitted_idx').on(t.jobId, t.submittedAt.desc(), t.id.desc()),
    index('applications_job_name_idx').on(t.jobId, t.sortName, t.id),
    index('applications_job_rating_idx').on(t.jobId, sql`${t.ratingAverage} desc nulls last`, t.id),
    index('applications_job_scorecard_idx').on(t.jobId, sql`${t.scorecardAverage} desc nulls last`, t.id),
    index('applications_job_stage_order_idx').on(t.jobId, t.stagePosition, t.submittedAt.desc(), t.id.desc()),
    index('applications_job_stage_submitted_idx').on(t.jobId, t.stageId, t.submittedAt.desc(), t.id.desc()),
    index('applications_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('applications_candidate_idx').on(t.candidateId),
    index('applications_stage_idx').on(t.stageId),
  ],
);

export type Candidate = typeof candidates.$inferSelect;
export type NewCandidate = typeof candidates.$inferInsert;
export type StoredFile = typeof files.$inferSelect;
export type Application = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;
