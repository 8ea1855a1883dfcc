import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { candidates } from './applications';
import { createdAt } from './columns';
import { users } from './users';

// Labels the hiring team puts on a person ("strong-backend", "relocating 2027"), found by the
// candidate search. A tag belongs to the candidate, not to one application, so it follows them
// from job to job. Normalised (lower case, single spaces) by lib/validations/candidate-tag.ts;
// the check makes sure of it.
export const candidateTags = pgTable(
  'candidate_tags',
  {
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
    addedByUserId: text('added_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.candidateId, t.tag] }),
    check('candidate_tags_tag_normalised', sql`${t.tag} = lower(btrim(${t.tag})) and char_length(${t.tag}) between 1 and 40`),
    index('candidate_tags_tag_idx').on(t.tag),
  ],
);
