import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  EMPLOYMENT_TYPES,
  JOB_STATUSES,
  PAY_PERIODS,
  QUESTION_KINDS,
  STAGE_KINDS,
  USER_ROLES,
  WORKPLACE_TYPES,
} from '../lib/domain/job-enums';

// Postgres types drizzle has no builder for.
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------- enums
// The value lists live in lib/domain/job-enums.ts so client code can use them without drizzle.
export const jobStatus = pgEnum('job_status', JOB_STATUSES);
export const workplaceType = pgEnum('workplace_type', WORKPLACE_TYPES);
export const employmentType = pgEnum('employment_type', EMPLOYMENT_TYPES);
export const payPeriod = pgEnum('pay_period', PAY_PERIODS);
export const questionKind = pgEnum('question_kind', QUESTION_KINDS);
export const stageKind = pgEnum('stage_kind', STAGE_KINDS);
export const userRole = pgEnum('user_role', USER_ROLES);

// ---------------------------------------------------------------- company settings (one row)
export const settings = pgTable(
  'settings',
  {
    id: integer('id').primaryKey().default(1),
    companyName: text('company_name').notNull(),
    // The board token of the Greenhouse-compatible API and the JSON-LD organisation id.
    companySlug: text('company_slug').notNull(),
    companyUrl: text('company_url'),
    logoUrl: text('logo_url'),
    accentColor: text('accent_color').notNull().default('#4f46e5'),
    careersIntro: text('careers_intro').notNull().default(''),
    privacyText: text('privacy_text').notNull(),
    retentionDays: integer('retention_days').notNull().default(730),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('settings_single_row', sql`${t.id} = 1`),
    check('settings_accent_color_hex', sql`${t.accentColor} ~ '^#[0-9a-fA-F]{6}$'`),
    check('settings_retention_positive', sql`${t.retentionDays} > 0`),
  ],
);

// ---------------------------------------------------------------- departments and locations
export const departments = pgTable('departments', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull().unique(),
  slug: text('slug').notNull().unique(),
  createdAt: createdAt(),
});

export const locations = pgTable(
  'locations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    city: text('city'),
    region: text('region'),
    // ISO 3166-1 alpha-2; JSON-LD addressCountry needs it.
    countryCode: text('country_code').notNull(),
    // For remote roles: where applicants may live, e.g. "European Union" (applicantLocationRequirements).
    remoteArea: text('remote_area'),
    createdAt: createdAt(),
  },
  (t) => [
    check('locations_country_code_iso', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    uniqueIndex('locations_place_unique').using(
      'btree',
      sql`coalesce(${t.city}, '')`,
      sql`coalesce(${t.region}, '')`,
      t.countryCode,
      sql`coalesce(${t.remoteArea}, '')`,
    ),
  ],
);

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
  },
  (t) => [
    uniqueIndex('stages_job_position_unique').on(t.jobId, t.position),
    uniqueIndex('stages_job_name_unique').on(t.jobId, t.name),
  ],
);

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
  ],
);

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
    questionSetId: integer('question_set_id').references(() => questionSets.id, { onDelete: 'restrict' }),
    resumeFileId: integer('resume_file_id').references(() => files.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<ApplicationAnswers>().notNull().default({}),
    coverLetter: text('cover_letter'),
    source: text('source'),
    utm: jsonb('utm').$type<Record<string, string>>(),
    consentText: text('consent_text').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    // The form's one-time token: a resubmission (reload, double click) finds its earlier application.
    submissionToken: text('submission_token').unique(),
    statusTokenHash: text('status_token_hash').unique(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One application per candidate (email) per job, whatever races the app has.
    uniqueIndex('applications_job_candidate_unique').on(t.jobId, t.candidateId),
    index('applications_job_submitted_idx').on(t.jobId, t.submittedAt.desc(), t.id.desc()),
    index('applications_candidate_idx').on(t.candidateId),
    index('applications_stage_idx').on(t.stageId),
  ],
);

// ---------------------------------------------------------------- users and Auth.js tables
export const users = pgTable(
  'users',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name'),
    email: text('email').notNull().unique(),
    emailVerified: timestamp('email_verified', { mode: 'date', withTimezone: true }),
    image: text('image'),
    role: userRole('role').notNull().default('hiring_manager'),
    active: boolean('active').notNull().default(true),
    passwordHash: text('password_hash'),
    // Part of every session token; bumping it ("sign out of all devices", deactivation,
    // role change) invalidates every session on the next request, not when the token expires.
    sessionVersion: integer('session_version').notNull().default(1),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('users_email_normalised', sql`${t.email} = lower(trim(${t.email}))`)],
);

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index('accounts_user_idx').on(t.userId)],
);

export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// The users who may see and act on a job's applicants.
export const hiringTeamMembers = pgTable(
  'hiring_team_members',
  {
    jobId: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.userId] }), index('hiring_team_members_user_idx').on(t.userId)],
);

// Fixed-window counters for rate limits (sign-in per account and per IP, later the public
// API): kept in PostgreSQL so every app instance shares them.
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index('rate_limit_hits_window_idx').on(t.windowStart)],
);

// ---------------------------------------------------------------- inferred types
export type Settings = typeof settings.$inferSelect;
export type Department = typeof departments.$inferSelect;
export type NewDepartment = typeof departments.$inferInsert;
export type Location = typeof locations.$inferSelect;
export type NewLocation = typeof locations.$inferInsert;
export type Job = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;
export type QuestionSet = typeof questionSets.$inferSelect;
export type Question = typeof questions.$inferSelect;
export type NewQuestion = typeof questions.$inferInsert;
export type Stage = typeof stages.$inferSelect;
export type Candidate = typeof candidates.$inferSelect;
export type NewCandidate = typeof candidates.$inferInsert;
export type StoredFile = typeof files.$inferSelect;
export type Application = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
