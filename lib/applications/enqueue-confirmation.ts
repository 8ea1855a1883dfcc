import 'server-only';
import type { DbOrTx } from '@/db/client';
import { env } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import { applicationConfirmationEmail, type ConfirmationEmailInput } from './confirmation-email';
import { statusPath } from './status-token';

export const confirmationDedupeKey = (applicationId: number) => `application-confirmation:${applicationId}`;

/** Queues the candidate's confirmation in the application's own transaction (one per application). */
export async function enqueueApplicationConfirmation(
  tx: DbOrTx,
  input: Omit<ConfirmationEmailInput, 'statusUrl'> & { applicationId: number; statusToken: string },
): Promise<void> {
  const statusUrl = new URL(statusPath(input.statusToken), env.APP_URL).href;
  await enqueueEmail(tx, {
    kind: 'application-confirmation',
    dedupeKey: confirmationDedupeKey(input.applicationId),
    ...applicationConfirmationEmail({ ...input, statusUrl }),
    about: { applicationIds: [input.applicationId], audience: 'candidate' },
  });
}
