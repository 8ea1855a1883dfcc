import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { emailTemplates } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import type { Actor } from './access';

/** What the move forms offer: any signed-in user may pick a template, only admins edit them. */
export interface EmailTemplateChoice {
  slug: string;
  name: string;
}

export interface AdminEmailTemplate extends EmailTemplateChoice {
  subject: string;
  body: string;
  /** updated_at to the microsecond: the edit form sends it back, so a save never overwrites an unseen one. */
  version: string;
}

const version = sql<string>`to_char(${emailTemplates.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
const adminColumns = { slug: emailTemplates.slug, name: emailTemplates.name, subject: emailTemplates.subject, body: emailTemplates.body, version };

export async function listEmailTemplateChoices(conn: DbOrTx = appDb): Promise<EmailTemplateChoice[]> {
  return conn.select({ slug: emailTemplates.slug, name: emailTemplates.name }).from(emailTemplates).orderBy(asc(emailTemplates.name));
}

export async function listEmailTemplates(actor: Actor, conn: DbOrTx = appDb): Promise<AdminEmailTemplate[]> {
  if (actor.role !== 'admin') return [];
  return conn.select(adminColumns).from(emailTemplates).orderBy(asc(emailTemplates.name));
}

export async function getEmailTemplate(actor: Actor, slug: string, conn: DbOrTx = appDb): Promise<AdminEmailTemplate | null> {
  if (actor.role !== 'admin') return null;
  const [row] = await conn.select(adminColumns).from(emailTemplates).where(eq(emailTemplates.slug, slug));
  return row ?? null;
}

/** The subject and body of one template, for rendering inside a caller's transaction. */
export async function loadTemplateText(conn: DbOrTx, slug: string): Promise<{ slug: string; subject: string; body: string } | null> {
  const [row] = await conn
    .select({ slug: emailTemplates.slug, subject: emailTemplates.subject, body: emailTemplates.body })
    .from(emailTemplates)
    .where(eq(emailTemplates.slug, slug));
  return row ?? null;
}

export type UpdateEmailTemplateResult = { ok: true; changed: boolean } | { ok: false; reason: 'forbidden' | 'not-found' | 'stale' };

/** Saves a template if nobody else has since `expectedVersion`; the audit entry keeps before → after. */
export async function updateEmailTemplate(
  actor: Actor,
  slug: string,
  input: Pick<typeof emailTemplates.$inferInsert, 'subject' | 'body'>,
  expectedVersion: string,
  conn: DbOrTx = appDb,
): Promise<UpdateEmailTemplateResult> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return conn.transaction(async (tx) => {
    const [current] = await tx.select(adminColumns).from(emailTemplates).where(eq(emailTemplates.slug, slug)).for('update');
    if (!current) return { ok: false, reason: 'not-found' } as const;
    if (current.version !== expectedVersion) return { ok: false, reason: 'stale' } as const;
    if (current.subject === input.subject && current.body === input.body) return { ok: true, changed: false } as const;
    await tx
      .update(emailTemplates)
      // clock_timestamp, not now(): a second save in one transaction must still get a new version.
      .set({ subject: input.subject, body: input.body, updatedAt: sql`clock_timestamp()` })
      .where(eq(emailTemplates.slug, slug));
    await recordAudit(tx, {
      actor,
      action: 'email_template.updated',
      entityType: 'email_template',
      entityId: slug,
      before: { subject: current.subject, body: current.body },
      after: { subject: input.subject, body: input.body },
    });
    return { ok: true, changed: true } as const;
  });
}
