// Postgres types drizzle has no builder for, and the timestamps every table shares.
import { customType, timestamp } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A PostgreSQL tstzrange, as its text form ('[2026-01-01 10:00+00,2026-01-01 11:00+00)'). */
export const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });
