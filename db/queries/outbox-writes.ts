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

/** A link to write once its email is in: which application the email (by dedupe key) is about, and for whom. */
interface PendingLink {
  dedupeKey: string;
  applicationId: number;
  audience: EmailAudience;
}

function linksOf(message: OutboxMessage): PendingLink[] {
  if (!message.about) return [];
  const { applicationIds, audience } = message.about;
  return [...new Set(applicationIds)].map((applicationId) => ({ dedupeKey: message.dedupeKey, applicationId, audience }));
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
 * Queues several emails (each skipped when its dedupe key is already queued), their links to the
 * applications they are about, and one NOTIFY when any was added: insertOutboxEmail for a batch.
 * One statement, so one round trip inside the caller's transaction (an application queues its
 * emails this way). The links' reference to an application is checked at commit, so the
 * application's row may be written after its emails in the same transaction (createApplication
 * does: see there). Returns how many emails were added.
 */
export async function queueOutboxEmails(tx: DbOrTx, messages: readonly OutboxMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const inserted = tx
    .insert(emailOutbox)
    .values(messages.map(outboxRow))
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id, dedupeKey: emailOutbox.dedupeKey });
  const links = messages.flatMap(linksOf);
  // Only the emails this statement added get links: one already queued has its own.
  const linked = links.length
    ? sql`, linked as (
        insert into ${emailOutboxApplications} (email_id, application_id, audience)
        select inserted.id, link.application_id, link.audience
        from inserted
        join (values ${sql.join(
          links.map((link) => sql`(${link.dedupeKey}, ${link.applicationId}::int, ${link.audience})`),
          sql`, `,
        )}) as link (dedupe_key, application_id, audience) on link.dedupe_key = inserted.dedupe_key
        -- Two messages of one batch with the same key make one email: its links once each.
        on conflict (email_id, application_id) do nothing
      )`
    : sql``;
  // A CTE that is not a write runs only when the query reads it: the final select reads both.
  const [row] = await tx.execute<{ added: number }>(sql`
    with inserted as (${inserted.getSQL()})${linked},
    notified as (select pg_notify(${OUTBOX_CHANNEL}, '') from inserted limit 1)
    select (select count(*) from inserted)::int as added, (select count(*) from notified)::int as notified`);
  return row?.added ?? 0;
}
