import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox } from '@/db/schema';

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
  if (rows.length === 0) return { enqueued: false };
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
  return { enqueued: true };
}
