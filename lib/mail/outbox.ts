import 'server-only';
import { createHash } from 'node:crypto';
import { env } from '@/lib/env';

// Queueing an email is the outbox insert itself (db/queries/outbox-writes.ts), which queries that
// report an event in their own transaction call directly; lib/ code uses it under this name.
export { insertOutboxEmail as enqueueEmail, type OutboxCalendar, type OutboxLink, type OutboxMessage } from '@/db/queries/outbox-writes';

/**
 * The Message-ID every attempt of one outbox row is sent with (the drain derives it at each
 * attempt). It comes from the dedupe key, not chance, so a resend after a crash between "sent"
 * and "marked sent" is the same message to the receiving system, which may drop it as a duplicate.
 */
export function messageIdFor(dedupeKey: string, appUrl: string = env.APP_URL): string {
  const digest = createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32);
  return `<outbox.${digest}@${new URL(appUrl).hostname}>`;
}
