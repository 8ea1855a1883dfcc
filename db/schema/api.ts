import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './users';

// ---------------------------------------------------------------- public API: keys and idempotency
export const apiKeys = pgTable(
  'api_keys',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    // The visible start of the token ("ptc_ab12cd34"), so an admin can tell keys apart.
    prefix: text('prefix').notNull(),
    // sha256 (hex) of the whole token: the token itself is shown once and never stored.
    tokenHash: text('token_hash').notNull().unique(),
    createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    check('api_keys_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('api_keys_token_hash_sha256', sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    // Who sent it: "key:<api key id>" or "ip:<address>", so two clients never share a key.
    clientId: text('client_id').notNull(),
    key: text('key').notNull(),
    // sha256 of method, path and body: the same key with another request is refused.
    requestHash: text('request_hash').notNull(),
    // Null while the first request is still running.
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.key] }),
    index('idempotency_keys_created_at_idx').on(t.createdAt),
    check('idempotency_keys_key_length', sql`char_length(${t.key}) between 1 and 255`),
  ],
);

export type ApiKey = typeof apiKeys.$inferSelect;
export type NewApiKey = typeof apiKeys.$inferInsert;
export type IdempotencyKey = typeof idempotencyKeys.$inferSelect;
