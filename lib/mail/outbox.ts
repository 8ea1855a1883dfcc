import 'server-only';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, emailOutboxApplications, type EmailAudience } from '@/db/schema';
import { env } from '@/lib/env';

export interface OutboxMessage {
  /** What the email is for, e.g. 'application-confirmation'. */
  kind: string;
  /** One event → one email, e.g. `application-confirmation:<applicationId>`. */
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

/** Where the worker should look: a NOTIFY on this channel wakes it at once (lib/mail/worker.ts). */
export const OUTBOX_CHANNEL = 'portico_email_outbox';

/**
 * The Message-ID every attempt of one outbox row uses. It is derived from the dedupe key (not
 * random per attempt), so a resend after a crash between "sent" and "marked sent" is the same
 * message to the receiving system, which may drop it as a duplicate.
 */
export function messageIdFor(dedupeKey: string, appUrl: string = env.APP_URL): string {
  const digest = createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32);
  return `<outbox.${digest}@${new URL(appUrl).hostname}>`;
}

/**
 * Queues an email inside the caller's transaction: it commits (and is sent) only if the event it
 * reports commits. A second call with the same dedupe key does nothing, so one event never yields
 * two emails. Returns whether a row was added. The NOTIFY is transactional too: the worker is woken
 * at commit, not before.
 */
export async function enqueueEmail(tx: DbOrTx, message: OutboxMessage): Promise<{ enqueued: boolean }> {
  const rows = await tx
    .insert(emailOutbox)
    .values({
      kind: message.kind,
      dedupeKey: message.dedupeKey,
      toAddress: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      calendarMethod: message.calendar?.method ?? null,
      calendarIcs: message.calendar?.ics ?? null,
      replyTo: message.replyTo ?? null,
      messageId: messageIdFor(message.dedupeKey),
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  const [row] = rows;
  if (!row) return { enqueued: false };
  const applicationIds = [...new Set(message.about?.applicationIds ?? [])];
  if (message.about && applicationIds.length) {
    const audience = message.about.audience;
    await tx.insert(emailOutboxApplications).values(applicationIds.map((applicationId) => ({ emailId: row.id, applicationId, audience })));
  }
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
  return { enqueued: true };
}
