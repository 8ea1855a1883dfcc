import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { files } from './applications';
import { tsvector } from './columns';

// The words of each resume, extracted by the worker (lib/candidates/index-resumes.ts) so that the
// candidate database (/dashboard/candidates) finds people by what their resume says. One row per
// file; it goes with the file (retention, deletion) through the cascade. A file that could not be
// read gets a row too, with the reason, so it is noted once and never retried in a loop.
export const resumeTexts = pgTable(
  'resume_texts',
  {
    fileId: integer('file_id')
      .primaryKey()
      .references(() => files.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['extracted', 'unreadable'] }).notNull(),
    // What the file says (capped, control characters removed); empty when unreadable.
    text: text('text').notNull().default(''),
    // Why a file could not be read ("not a supported format", "damaged PDF"…); null when extracted.
    problem: text('problem'),
    // Filled in the same statement as `text` ('english' stems "engineering" and "engineer" alike).
    document: tsvector('document').notNull(),
    extractedAt: timestamp('extracted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('resume_texts_status', sql`${t.status} in ('extracted', 'unreadable')`),
    check('resume_texts_status_problem', sql`(${t.status} = 'extracted') = (${t.problem} is null)`),
    index('resume_texts_document_idx').using('gin', t.document),
  ],
);
