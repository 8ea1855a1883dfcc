import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import type { NotificationPreference } from '../../lib/domain/notification-preferences';
import { userRole } from './enums';
import { jobs } from './jobs';

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
    // New applications on the user's jobs: 'instant', 'digest' (daily) or 'off' (lib/notifications).
    notificationPreference: text('notification_preference').$type<NotificationPreference>().notNull().default('instant'),
    // Where the next daily digest starts: applications submitted after this are "new".
    lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
    // IANA zone the user sees times in; null: the company's.
    timeZone: text('time_zone'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('users_email_normalised', sql`${t.email} = lower(trim(${t.email}))`),
    check('users_notification_preference_known', sql`${t.notificationPreference} in ('instant', 'digest', 'off')`),
  ],
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

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

// One-time set-password links for invited users (and password resets): only the SHA-256 of the
// token is stored, so a database leak does not hand out working links.
export const userInvitations = pgTable(
  'user_invitations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    invitedByUserId: text('invited_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('user_invitations_user_idx').on(t.userId)],
);
export type UserInvitation = typeof userInvitations.$inferSelect;
