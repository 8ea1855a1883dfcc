import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

// ---------------------------------------------------------------- why we say no (admins keep the list)
// Every rejection names one (stage_events.rejection_reason_id), so reports can count them. A reason
// in use is archived, never deleted: past rejections keep pointing at their words.
export const rejectionReasons = pgTable(
  'rejection_reasons',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rejection_reasons_label_unique').using('btree', sql`lower(${t.label})`),
    check('rejection_reasons_label_length', sql`char_length(trim(${t.label})) between 1 and 100`),
  ],
);

export type RejectionReason = typeof rejectionReasons.$inferSelect;
