import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { createdAt, updatedAt } from './columns';

// ---------------------------------------------------------------- the transactional email outbox
// An email is a row written in the same transaction as the event it reports (lib/mail/outbox.ts),
// so the event and its email commit or roll back together. The worker (lib/mail/drain-outbox.ts)
// sends the rows; the statuses are:
//   queued  → waiting for next_attempt_at          sending → claimed by a worker until lease_until
//   sent    → the SMTP server accepted it          failed  → gave up after the last attempt
//   kept    → no SMTP server configured: kept here for admins to read at /admin/outbox
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'kept'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // What the email is for, e.g. 'application-confirmation'.
    kind: text('kind').notNull(),
    // One event, one email: e.g. 'application-confirmation:123'. A second enqueue is a no-op.
    dedupeKey: text('dedupe_key').notNull().unique(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    // An iCalendar invitation sent with the email (a text/calendar part and an .ics attachment).
    calendarMethod: text('calendar_method'),
    calendarIcs: text('calendar_ics'),
    // Where the recipient's reply goes (the company's or the job's address); null: EMAIL_FROM.
    replyTo: text('reply_to'),
    status: text('status').$type<OutboxStatus>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    // While 'sending': when the claim lapses. A worker killed mid-send leaves the row here, and
    // the next drain after this time sends it again (with the same Message-ID).
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    // No longer written: the sender derives the Message-ID from the dedupe key and APP_URL at each
    // attempt (lib/mail/outbox.ts messageIdFor), the same value older releases stored here. Kept,
    // nullable, so an instance of the previous release still inserting it during a rolling
    // upgrade works; dropped in a later release.
    messageId: text('message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('email_outbox_status_known', sql`${t.status} in ('queued', 'sending', 'sent', 'failed', 'kept')`),
    check('email_outbox_attempts_non_negative', sql`${t.attempts} >= 0`),
    check('email_outbox_calendar_method_known', sql`${t.calendarMethod} is null or (${t.calendarMethod} in ('REQUEST', 'CANCEL') and ${t.calendarIcs} is not null)`),
    // The drain's claim: due queued rows and lapsed sending rows, oldest first.
    index('email_outbox_due_idx').on(t.status, t.nextAttemptAt).where(sql`${t.status} in ('queued', 'sending')`),
    // The admin list, newest first with keyset pages.
    index('email_outbox_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('email_outbox_to_address_idx').on(t.toAddress),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;

// ---------------------------------------------------------------- which applications an email concerns
// Every email about an applicant (theirs and the staff's, a digest naming several) is linked here,
// so "delete my data", retention and the subject-access export find it by a foreign key, never by
// guessing from its dedupe key. The email itself goes with the application's data: the deleting
// code removes the linked outbox rows; the link rows cascade from either side.
export const EMAIL_AUDIENCES = ['candidate', 'staff'] as const;
export type EmailAudience = (typeof EMAIL_AUDIENCES)[number];

export const emailOutboxApplications = pgTable(
  'email_outbox_applications',
  {
    emailId: integer('email_id')
      .notNull()
      .references(() => emailOutbox.id, { onDelete: 'cascade' }),
    // Checked at commit (DEFERRABLE INITIALLY DEFERRED, migration 0026; Drizzle's schema cannot
    // say so): an application's emails are queued before its row is written.
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    // Whether the candidate received it (their timeline and export) or the team did.
    audience: text('audience').$type<EmailAudience>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.emailId, t.applicationId] }),
    check('email_outbox_applications_audience_known', sql`${t.audience} in ('candidate', 'staff')`),
    index('email_outbox_applications_application_idx').on(t.applicationId),
  ],
);
