import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { MailMessage } from './mailer';
import { loggableError } from '@/lib/logging/loggable-error';
import { MAX_ATTEMPTS, retryDelayMs } from './retry';

/** A row the drain has claimed ('sending', leased to this worker). */
export interface ClaimedEmail {
  id: number;
  kind: string;
  dedupeKey: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  attempts: number;
  calendar: { method: 'REQUEST' | 'CANCEL'; ics: string } | null;
  replyTo: string | null;
}

/** Sends one message; throws when the SMTP server refuses it. Null: no SMTP server configured. */
export type Deliver = ((message: MailMessage & { messageId: string }) => Promise<void>) | null;

export interface DrainOptions {
  batchSize?: number;
  /** How long a claim lasts: a worker killed mid-send leaves its rows to be re-sent after this. */
  leaseMs?: number;
  maxAttempts?: number;
  /** Tests share one database: a test drains only its own rows. */
  onlyDedupeKeys?: string[];
  log?: (event: string, fields: Record<string, unknown>) => void;
}

export interface DrainResult {
  sent: number;
  kept: number;
  retrying: number;
  failed: number;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * Claims due rows in one committed statement: queued rows whose time has come, and 'sending'
 * rows whose lease lapsed (their worker died). FOR UPDATE SKIP LOCKED lets any number of workers
 * drain at once without two of them claiming the same row.
 */
export async function claimDueEmails(
  conn: DbOrTx,
  { limit, leaseMs, onlyDedupeKeys }: { limit: number; leaseMs: number; onlyDedupeKeys?: string[] },
): Promise<ClaimedEmail[]> {
  const only = onlyDedupeKeys ? sql`and dedupe_key in ${onlyDedupeKeys.length ? onlyDedupeKeys : ['']}` : sql``;
  const rows = await conn.execute<{
    id: number;
    kind: string;
    dedupe_key: string;
    to_address: string;
    subject: string;
    html: string;
    text: string;
    message_id: string;
    attempts: number;
    calendar_method: 'REQUEST' | 'CANCEL' | null;
    calendar_ics: string | null;
    reply_to: string | null;
  }>(sql`
    update email_outbox
    set status = 'sending', attempts = attempts + 1, lease_until = now() + ${`${leaseMs} milliseconds`}::interval, updated_at = now()
    where id in (
      select id from email_outbox
      where ((status = 'queued' and next_attempt_at <= now()) or (status = 'sending' and lease_until <= now())) ${only}
      order by next_attempt_at, id
      limit ${limit}
      for update skip locked
    )
    returning id, kind, dedupe_key, to_address, subject, html, text, message_id, attempts, calendar_method, calendar_ics, reply_to`);
  return rows.map((row) => ({
    id: Number(row.id),
    kind: row.kind,
    dedupeKey: row.dedupe_key,
    to: row.to_address,
    subject: row.subject,
    html: row.html,
    text: row.text,
    messageId: row.message_id,
    attempts: Number(row.attempts),
    calendar: row.calendar_method && row.calendar_ics ? { method: row.calendar_method, ics: row.calendar_ics } : null,
    replyTo: row.reply_to,
  }));
}

/** Committed right after the SMTP server accepts the message: the only step between the two. */
export async function markEmailSent(conn: DbOrTx, id: number): Promise<void> {
  await conn.execute(sql`
    update email_outbox set status = 'sent', sent_at = now(), lease_until = null, last_error = null, updated_at = now()
    where id = ${id} and status = 'sending'`);
}

/** No SMTP server: the message stays readable at /admin/outbox and is never sent later. */
export async function markEmailKept(conn: DbOrTx, id: number): Promise<void> {
  await conn.execute(sql`
    update email_outbox set status = 'kept', lease_until = null, updated_at = now() where id = ${id} and status = 'sending'`);
}

/** Schedules the next attempt with exponential backoff, or gives up after the last one. */
export async function markEmailAttemptFailed(conn: DbOrTx, email: ClaimedEmail, error: string, maxAttempts = MAX_ATTEMPTS): Promise<'retrying' | 'failed'> {
  const delay = retryDelayMs(email.attempts, maxAttempts);
  const lastError = error.slice(0, 1000);
  if (delay === null) {
    await conn.execute(sql`
      update email_outbox set status = 'failed', lease_until = null, last_error = ${lastError}, updated_at = now()
      where id = ${email.id} and status = 'sending'`);
    return 'failed';
  }
  await conn.execute(sql`
    update email_outbox
    set status = 'queued', lease_until = null, last_error = ${lastError},
        next_attempt_at = now() + ${`${delay} milliseconds`}::interval, updated_at = now()
    where id = ${email.id} and status = 'sending'`);
  return 'retrying';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sends every due email, batch after batch, until none is due. Delivery is at least once and,
 * in practice, once: a row is marked 'sending' (committed) before the SMTP conversation and
 * 'sent' right after the server's 250. A worker killed before the 250 leaves the row 'sending';
 * it is claimed again when its lease lapses and sent then (the SMTP server never accepted the
 * first try). Only a death in the one round-trip between the 250 and the 'sent' UPDATE resends
 * an accepted message, and then with the same Message-ID, derived from the dedupe key.
 */
export async function drainOutbox(conn: DbOrTx, deliver: Deliver, options: DrainOptions = {}): Promise<DrainResult> {
  const { batchSize = 20, leaseMs = DEFAULT_LEASE_MS, maxAttempts = MAX_ATTEMPTS, onlyDedupeKeys, log = () => {} } = options;
  const result: DrainResult = { sent: 0, kept: 0, retrying: 0, failed: 0 };
  for (;;) {
    const batch = await claimDueEmails(conn, { limit: batchSize, leaseMs, onlyDedupeKeys });
    if (batch.length === 0) return result;
    for (const email of batch) {
      if (!deliver) {
        await markEmailKept(conn, email.id);
        result.kept += 1;
        // Ids and kinds only: the address and the subject (a candidate's name) are personal data.
        log('email kept (no SMTP_URL)', { outboxId: email.id, kind: email.kind });
        continue;
      }
      try {
        await deliver({
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          messageId: email.messageId,
          calendar: email.calendar,
          replyTo: email.replyTo,
        });
      } catch (error) {
        const outcome = await markEmailAttemptFailed(conn, email, errorText(error), maxAttempts);
        result[outcome] += 1;
        log(outcome === 'failed' ? 'email failed for good' : 'email send failed, will retry', {
          outboxId: email.id,
          kind: email.kind,
          attempts: email.attempts,
          // The SMTP reply often names the recipient: its text stays in the row (last_error).
          err: loggableError(error),
        });
        continue;
      }
      await markEmailSent(conn, email.id);
      result.sent += 1;
      log('email sent', { outboxId: email.id, kind: email.kind });
    }
  }
}
