import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, emailOutboxApplications, type EmailAudience } from '@/db/schema';

/** The channel a NOTIFY wakes the outbox worker on (lib/mail/worker.ts). */
export const OUTBOX_CHANNEL = 'portico_email_outbox';

export interface OutboxMessage {
  /** What the email is for, e.g. 'application-confirmation'. */
  kind: string;
  /** One event → one email, e.g. `application-confirmation:<applicationId>`; also makes the Message-ID. */
  dedupeKey: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** An iCalendar invitation (METHOD:REQUEST or CANCEL) sent as text/calendar and as an .ics attachment. */
  calendar?: OutboxCalendar | null;
  /** Where the recipient's reply should go (Reply-To); unset: EMAIL_FROM. */
  replyTo?: string | null;
  /**
   * The applications this email is about, and who receives it: "delete my data", retention and
   * the subject-access export find the email through these links. Every email naming an
   * applicant must carry them.
   */
  about?: OutboxLink | null;
}

export interface OutboxLink {
  applicationIds: readonly number[];
  audience: EmailAudience;
}

export interface OutboxCalendar {
  method: 'REQUEST' | 'CANCEL';
  ics: string;
}

/**
 * Queues an email inside the caller's transaction: it commits (and is sent) only if the event it
 * reports commits. A second call with the same dedupe key does nothing, so one event never yields
 * two emails. Returns whether a row was added. The NOTIFY is transactional too: the worker is woken
 * at commit, not before.
 */
export async function insertOutboxEmail(tx: DbOrTx, row: OutboxMessage): Promise<{ enqueued: boolean }> {
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
