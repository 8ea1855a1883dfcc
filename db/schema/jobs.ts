import { sql, type SQL } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tsvector, createdAt, updatedAt } from './columns';
import { departments, locations } from './company';
import { employmentType, jobStatus, payPeriod, questionKind, stageKind, workplaceType } from './enums';

// ---------------------------------------------------------------- jobs
export const jobs = pgTable(
  'jobs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'restrict' }),
    locationId: integer('location_id').references(() => locations.id, { onDelete: 'restrict' }),
    workplaceType: workplaceType('workplace_type').notNull(),
    employmentType: employmentType('employment_type').notNull(),
    // numeric keeps cents exact; drizzle hands them over as strings.
    payMin: numeric('pay_min', { precision: 12, scale: 2 }),
    payMax: numeric('pay_max', { precision: 12, scale: 2 }),
    payCurrency: text('pay_currency'),
    payPeriod: payPeriod('pay_period'),
    summary: text('summary').notNull().default(''),
    descriptionMarkdown: text('description_markdown').notNull().default(''),
    status: jobStatus('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    // Reply-To for emails to this job's candidates; null: the company's.
    replyToEmail: text('reply_to_email'),
    // Optimistic locking for concurrent admin edits.
    version: integer('version').notNull().default(1),
    // Department and location names copied in by the write path (a generated column cannot join).
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(search_text, '')), 'B') || setweight(to_tsvector('english', coalesce(description_markdown, '')), 'C')`,
      ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('jobs_pay_min_le_max', sql`${t.payMin} is null or ${t.payMax} is null or ${t.payMin} <= ${t.payMax}`),
    check('jobs_pay_non_negative', sql`coalesce(${t.payMin}, 0) >= 0 and coalesce(${t.payMax}, 0) >= 0`),
    check(
      'jobs_pay_complete',
      sql`(${t.payMin} is null and ${t.payMax} is null) or (${t.payCurrency} is not null and ${t.payPeriod} is not null)`,
    ),
    check('jobs_pay_currency_iso', sql`${t.payCurrency} is null or ${t.payCurrency} ~ '^[A-Z]{3}$'`),
    check('jobs_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('jobs_published_has_date', sql`${t.status} = 'draft' or ${t.publishedAt} is not null`),
    check('jobs_title_not_blank', sql`length(trim(${t.title})) > 0`),
    // The board lists newest first: this index serves its ORDER BY and keyset cursor.
    index('jobs_board_order_idx').on(t.status, t.publishedAt.desc(), t.id.desc()),
    index('jobs_department_idx').on(t.departmentId),
    index('jobs_location_idx').on(t.locationId),
    index('jobs_search_vector_idx').using('gin', t.searchVector),
    index('jobs_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

// Old slugs keep redirecting to their job after a rename.
export const jobSlugs = pgTable('job_slugs', {
  slug: text('slug').primaryKey(),
  jobId: integer('job_id')
    .notNull()
    .references(() => jobs.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

// ---------------------------------------------------------------- application questions (versioned)
export const questionSets = pgTable(
  'question_sets',
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
    uniqueIndex('question_sets_job_version_unique').on(t.jobId, t.version),
    uniqueIndex('question_sets_one_current').on(t.jobId).where(sql`${t.isCurrent}`),
  ],
);

export const questions = pgTable(
  'questions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    questionSetId: integer('question_set_id')
      .notNull()
      .references(() => questionSets.id, { onDelete: 'cascade' }),
    // Stable across versions, so answers stay keyed when a question is reworded.
    key: text('key').notNull(),
    position: integer('position').notNull(),
    kind: questionKind('kind').notNull(),
    label: text('label').notNull(),
    helpText: text('help_text'),
    required: boolean('required').notNull().default(false),
    options: jsonb('options').$type<string[]>(),
  },
  (t) => [
    uniqueIndex('questions_set_key_unique').on(t.questionSetId, t.key),
    uniqueIndex('questions_set_position_unique').on(t.questionSetId, t.position),
    check(
      'questions_choices_have_options',
      sql`${t.kind} not in ('single_choice', 'multiple_choice') or jsonb_array_length(${t.options}) > 0`,
    ),
  ],
);

// ---------------------------------------------------------------- pipeline stages (data, per job)
export const stages = pgTable(
  'stages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    jobId: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: stageKind('kind').notNull(),
    position: integer('position').notNull(),
    // A removed stage leaves the pipeline but stays as a row: past stage events still point at it.
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('stages_job_position_unique').on(t.jobId, t.position).where(sql`${t.removedAt} is null`),
    uniqueIndex('stages_job_name_unique').on(t.jobId, t.name).where(sql`${t.removedAt} is null`),
  ],
);

// How many applications each stage holds, kept exact by triggers on applications (migration
// 0025), so the dashboard reads one row per stage instead of counting a job's applicants on every
// page view (~15 ms of PostgreSQL per page at 100,000 applicants). No row yet means none.
export const stageApplicationCounts = pgTable('stage_application_counts', {
  stageId: integer('stage_id')
    .primaryKey()
    .references(() => stages.id, { onDelete: 'cascade' }),
  applications: integer('applications').notNull().default(0),
});

export type Job = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;

// The job's fields as the readers and writers use them, derived from the table so a changed
// column changes every one of them (they used to be written out by hand six times).
/** What a listing shows of a job, as stored. */
export type JobListingFields = Pick<Job, 'id' | 'slug' | 'title' | 'workplaceType' | 'employmentType' | 'payMin' | 'payMax' | 'payCurrency' | 'payPeriod'>;
/** The pay range's four columns. */
export type JobPayFields = Pick<Job, 'payMin' | 'payMax' | 'payCurrency' | 'payPeriod'>;
/** What an admin edits, as stored: the editor's starting values, the audit snapshot, the publish check. */
export type JobEditableFields = Pick<
  Job,
  'title' | 'slug' | 'departmentId' | 'locationId' | 'workplaceType' | 'employmentType' | 'summary' | 'descriptionMarkdown' | 'closesAt' | 'status' | 'version'
> &
  JobPayFields;
export type QuestionSet = typeof questionSets.$inferSelect;
export type Question = typeof questions.$inferSelect;
export type NewQuestion = typeof questions.$inferInsert;
/** A job's custom question as the public form sees it (no ids, nothing internal). */
export type PublicQuestion = Pick<Question, 'key' | 'kind' | 'label' | 'helpText' | 'required' | 'options'>;
export type Stage = typeof stages.$inferSelect;
