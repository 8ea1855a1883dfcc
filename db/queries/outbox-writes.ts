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

function outboxRow(message: OutboxMessage) {
  return {
    kind: message.kind,
    dedupeKey: message.dedupeKey,
    toAddress: message.to,
    subject: message.subject,
    html: message.html,
    text: message.text,
    calendarMethod: message.calendar?.method ?? null,
    calendarIcs: message.calendar?.ics ?? null,
    replyTo: message.replyTo ?? null,
  };
}

/** One row of email_outbox_applications: which application a queued email is about, and for whom. */
interface OutboxApplicationLink {
  emailId: number;
  applicationId: number;
  audience: EmailAudience;
}

function linksOf(emailId: number, about: OutboxLink | null | undefined): OutboxApplicationLink[] {
  if (!about) return [];
  return [...new Set(about.applicationIds)].map((applicationId) => ({ emailId, applicationId, audience: about.audience }));
}

/**
 * Queues an email inside the caller's transaction: it commits (and is sent) only if the event it
 * reports commits. A second call with the same dedupe key does nothing, so one event never yields
 * two emails. Returns whether a row was added. The NOTIFY is transactional too: the worker is woken
 * at commit, not before.
 */
export async function insertOutboxEmail(tx: DbOrTx, row: OutboxMessage): Promise<{ enqueued: boolean }> {
  return { enqueued: (await queueOutboxEmails(tx, [row])) > 0 };
}

/**
 * Queues several emails with one INSERT (each skipped when its dedupe key is already queued), their
 * links to the applications they are about with another, and one NOTIFY: insertOutboxEmail for a
 * batch. The links' reference to an application is checked at commit, so the application's row
 * may be written after its emails in the same transaction (createApplication does: see there).
 * Returns how many emails were added.
 */
export async function queueOutboxEmails(tx: DbOrTx, messages: readonly OutboxMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const inserted = await tx
    .insert(emailOutbox)
    .values(messages.map(outboxRow))
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id, dedupeKey: emailOutbox.dedupeKey });
  if (inserted.length === 0) return 0;
  const byKey = new Map(messages.map((message) => [message.dedupeKey, message]));
  const links = inserted.flatMap(({ id, dedupeKey }) => linksOf(id, byKey.get(dedupeKey)?.about));
  if (links.length) await tx.insert(emailOutboxApplications).values(links);
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
  return inserted.length;
}
