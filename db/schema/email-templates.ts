import { sql } from 'drizzle-orm';
import { check, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

// ---------------------------------------------------------------- stage-change email templates
// Admins edit them at /admin/email-templates; the dashboard offers them when moving applicants.
// The body is plain text with {{placeholders}} (lib/domain/template-render.ts), never HTML, so an
// admin's typo cannot break or inject markup into an email.
export const emailTemplates = pgTable(
  'email_templates',
  {
    slug: text('slug').primaryKey(),
    name: text('name').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('email_templates_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('email_templates_name_length', sql`length(trim(${t.name})) between 1 and 80`),
    check('email_templates_subject_length', sql`length(trim(${t.subject})) between 1 and 200`),
    check('email_templates_body_length', sql`length(trim(${t.body})) between 1 and 10000`),
  ],
);

export type EmailTemplate = typeof emailTemplates.$inferSelect;
