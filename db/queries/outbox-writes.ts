import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, emailOutboxApplications, type EmailAudience } from '@/db/schema';

/** The channel a NOTIFY wakes the outbox worker on (lib/mail/worker.ts). */
export const OUTBOX_CHANNEL = 'portico_email_outbox';

export interface OutboxRow {
  kind: string;
  dedupeKey: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string } | null;
  replyTo?: string | null;
  messageId: string;
  /** The applications the email is about: erasure, retention and subject access find it through these links. */
  about?: { applicationIds: readonly number[]; audience: EmailAudience } | null;
}

/**
 * Adds one email to the outbox inside the caller's transaction, unless its dedupe key is there
 * already; the NOTIFY is transactional too, so the worker is woken at commit, not before.
 */
export async function insertOutboxEmail(tx: DbOrTx, row: OutboxRow): Promise<{ enqueued: boolean }> {
  const rows = await tx
    .insert(emailOutbox)
    .values({
      kind: row.kind,
      dedupeKey: row.dedupeKey,
      toAddress: row.to,
      subject: row.subject,
      html: row.html,
      text: row.text,
      calendarMethod: row.calendar?.method ?? null,
      calendarIcs: row.calendar?.ics ?? null,
      replyTo: row.replyTo ?? null,
      messageId: row.messageId,
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  const [inserted] = rows;
  if (!inserted) return { enqueued: false };
  const applicationIds = [...new Set(row.about?.applicationIds ?? [])];
  if (row.about && applicationIds.length) {
    const audience = row.about.audience;
    await tx.insert(emailOutboxApplications).values(applicationIds.map((applicationId) => ({ emailId: inserted.id, applicationId, audience })));
  }
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
  return { enqueued: true };
}
