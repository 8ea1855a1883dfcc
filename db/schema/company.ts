import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

// ---------------------------------------------------------------- company settings (one row)
export const settings = pgTable(
  'settings',
  {
    id: integer('id').primaryKey().default(1),
    companyName: text('company_name').notNull(),
    // The board token of the Greenhouse-compatible API and the JSON-LD organisation id.
    companySlug: text('company_slug').notNull(),
    companyUrl: text('company_url'),
    logoUrl: text('logo_url'),
    accentColor: text('accent_color').notNull().default('#4f46e5'),
    careersIntro: text('careers_intro').notNull().default(''),
    privacyText: text('privacy_text').notNull(),
    retentionDays: integer('retention_days').notNull().default(730),
    // Pay-transparency laws: when set, a job cannot be published without a pay range.
    requirePayRange: boolean('require_pay_range').notNull().default(true),
    // IANA zone for times shown to people who have not chosen one (candidates without JavaScript).
    timeZone: text('time_zone').notNull().default('UTC'),
    // Where candidates' replies go (Reply-To), unless the job names its own.
    replyToEmail: text('reply_to_email'),
    // Whether each job's hiring team may edit its stages (admins always may).
    teamsEditStages: boolean('teams_edit_stages').notNull().default(false),
    // US voluntary self-identification (EEO) offered to candidates on their status page.
    eeoEnabled: boolean('eeo_enabled').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('settings_single_row', sql`${t.id} = 1`),
    check('settings_accent_color_hex', sql`${t.accentColor} ~ '^#[0-9a-fA-F]{6}$'`),
    check('settings_retention_positive', sql`${t.retentionDays} > 0`),
  ],
);

// ---------------------------------------------------------------- departments and locations
export const departments = pgTable('departments', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull().unique(),
  slug: text('slug').notNull().unique(),
  createdAt: createdAt(),
});

export const locations = pgTable(
  'locations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    city: text('city'),
    region: text('region'),
    // ISO 3166-1 alpha-2; JSON-LD addressCountry needs it.
    countryCode: text('country_code').notNull(),
    // For remote roles: where applicants may live, e.g. "European Union" (applicantLocationRequirements).
    remoteArea: text('remote_area'),
    createdAt: createdAt(),
  },
  (t) => [
    check('locations_country_code_iso', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    uniqueIndex('locations_place_unique').using(
      'btree',
      sql`coalesce(${t.city}, '')`,
      sql`coalesce(${t.region}, '')`,
      t.countryCode,
      sql`coalesce(${t.remoteArea}, '')`,
    ),
  ],
);

export type Settings = typeof settings.$inferSelect;
export type Department = typeof departments.$inferSelect;
export type NewDepartment = typeof departments.$inferInsert;
export type Location = typeof locations.$inferSelect;
export type NewLocation = typeof locations.$inferInsert;
