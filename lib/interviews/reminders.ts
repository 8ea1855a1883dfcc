import 'server-only';
import { listInterviewsStartingBetween } from '@/db/queries/interview-reads';
import { inTransaction } from '@/db/queries/transaction';
import type { DbOrTx } from '@/db/client';
import { queueInterviewReminders } from './send-invitations';

/**
 * Queues a reminder to everyone of each interview starting within `hoursAhead`. Safe to run as
 * often as the worker likes: each reminder's dedupe key names the interview, its start time and
 * the recipient, so it goes once (and again only if the interview is moved).
 */
export async function sendInterviewReminders(now: Date, hoursAhead: number, conn?: DbOrTx): Promise<{ interviews: number; queued: number }> {
  const ids = await listInterviewsStartingBetween(now, new Date(now.getTime() + hoursAhead * 3_600_000), conn);
  let queued = 0;
  for (const id of ids) queued += await inTransaction((tx) => queueInterviewReminders(tx, id), conn);
  return { interviews: ids.length, queued };
}
