// Postgres types drizzle has no builder for, and the timestamps every table shares.
import { sql } from 'drizzle-orm';
import { customType, timestamp } from 'drizzle-orm/pg-core';

/**
 * Bytes go to PostgreSQL as base64 for it to decode. postgres.js sends every parameter as text,
 * and its own text for bytea is hex: twice the file's size, so a 33 KB resume was 66 KB to build
 * into the message and write to the socket, inside the application's transaction; base64 is 4/3
 * of it. Reads come back as postgres.js parses bytea.
 */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
  toDriver: (value) => sql`decode(${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}, 'base64')`,
});
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A PostgreSQL tstzrange, as its text form ('[2026-01-01 10:00+00,2026-01-01 11:00+00)'). */
export const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });
