import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

// The outbox drain's SQL: claim, mark sent / kept / failed, requeue. lib/mail/drain-outbox.ts
// decides what to do with each claimed row (send it, keep it, retry it later or give up).

/** A row the drain has claimed ('sending', leased to this worker). */
export interface ClaimedEmail {
  id: number;
  kind: string;
  dedupeKey: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attempts: number;
  calendar: { method: 'REQUEST' | 'CANCEL'; ics: string } | null;
  replyTo: string | null;
}

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
    returning id, kind, dedupe_key, to_address, subject, html, text, attempts, calendar_method, calendar_ics, reply_to`);
  return rows.map((row) => ({
    id: Number(row.id),
    kind: row.kind,
    dedupeKey: row.dedupe_key,
    to: row.to_address,
    subject: row.subject,
    html: row.html,
    text: row.text,
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

/** The last attempt failed: the row stays for the admin to read at /admin/outbox, never sent. */
export async function markEmailFailed(conn: DbOrTx, id: number, lastError: string): Promise<void> {
  await conn.execute(sql`
    update email_outbox set status = 'failed', lease_until = null, last_error = ${lastError}, updated_at = now()
    where id = ${id} and status = 'sending'`);
}

/** Queues the row again for `delayMs` from now. */
export async function requeueEmail(conn: DbOrTx, id: number, lastError: string, delayMs: number): Promise<void> {
  await conn.execute(sql`
    update email_outbox
    set status = 'queued', lease_until = null, last_error = ${lastError},
        next_attempt_at = now() + ${`${delayMs} milliseconds`}::interval, updated_at = now()
    where id = ${id} and status = 'sending'`);
}
