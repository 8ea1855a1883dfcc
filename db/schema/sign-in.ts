import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './users';

// ---------------------------------------------------------------- sessions and sign-in throttles

// The server's record of each signed-in session. The session cookie is a JWT (the credentials
// provider needs JWTs) carrying this row's id; lib/auth/session-user.ts reads the row with the
// user on every request, so signing out (revoked_at) ends the session for every copy of the
// cookie, not just for the browser that held it.
export const userSessions = pgTable(
  'user_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId), index('user_sessions_expires_idx').on(t.expiresAt)],
);

// Failed sign-ins per key (an account, a client IP, a known device): after a few failures each
// further attempt must wait, the wait doubling up to a cap (lib/auth/sign-in-throttle.ts).
// `blocked_until` is set when an attempt is claimed, so parallel guesses cannot all slip in.
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  },
  (t) => [index('sign_in_throttles_last_failure_idx').on(t.lastFailureAt), check('sign_in_throttles_failures_non_negative', sql`${t.failures} >= 0`)],
);
