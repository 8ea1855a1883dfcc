import 'server-only';
import type { DbOrTx } from '@/db/client';
import { claimDueEmails, markEmailFailed, markEmailKept, markEmailSent, requeueEmail, type ClaimedEmail } from '@/db/queries/outbox-drain';
import type { MailMessage } from './mailer';
import { messageIdFor } from './outbox';
import { loggableError } from '@/lib/logging/loggable-error';
import { MAX_ATTEMPTS, retryDelayMs } from './retry';

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

/** Schedules the next attempt with exponential backoff, or gives up after the last one. */
async function markEmailAttemptFailed(conn: DbOrTx, email: ClaimedEmail, error: string, maxAttempts = MAX_ATTEMPTS): Promise<'retrying' | 'failed'> {
  const delay = retryDelayMs(email.attempts, maxAttempts);
  const lastError = error.slice(0, 1000);
  if (delay === null) {
    await markEmailFailed(conn, email.id, lastError);
    return 'failed';
  }
  await requeueEmail(conn, email.id, lastError, delay);
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
          messageId: messageIdFor(email.dedupeKey),
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
