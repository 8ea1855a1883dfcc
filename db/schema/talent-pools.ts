import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { candidates } from './applications';
import { createdAt } from './columns';
import { users } from './users';

// Named lists of people worth coming back to ("2026 runners-up", "Rust community"), shared by
// the company. Membership is the person's, like tags; who sees a member is still decided by the
// applications the viewer may see (the candidate search's scope).
export const talentPools = pgTable(
  'talent_pools',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('talent_pools_name_trimmed', sql`${t.name} = btrim(${t.name}) and char_length(${t.name}) between 1 and 80`),
    uniqueIndex('talent_pools_name_unique').on(sql`lower(${t.name})`),
  ],
);

export const talentPoolMembers = pgTable(
  'talent_pool_members',
  {
    poolId: integer('pool_id')
      .notNull()
      .references(() => talentPools.id, { onDelete: 'cascade' }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    addedByUserId: text('added_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.poolId, t.candidateId] }), index('talent_pool_members_candidate_idx').on(t.candidateId)],
);
