import 'server-only';
import { createHash } from 'node:crypto';
import type { DbOrTx } from '@/db/client';
import { insertOutboxEmail } from '@/db/queries/outbox-writes';
import type { EmailAudience } from '@/db/schema';
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
  return insertOutboxEmail(tx, { ...message, messageId: messageIdFor(message.dedupeKey) });
}
