import 'server-only';
import { getOutboxEmail, type OutboxEmailDetail } from '@/db/queries/email-outbox';
import type { Actor } from '@/db/queries/access';
import { env } from '@/lib/env';
import { withSecretLinksHidden } from './secret-links';

/**
 * One email as /admin/outbox shows it. With an SMTP server the outbox is a record of what was
 * sent, and a link that signs someone in, sets their password or opens a candidate's status page
 * belongs to its recipient alone: hidden, so that reading the outbox does not let an admin act as
 * someone else. Without one the outbox is how those links reach people (README, Email): shown.
 */
export async function outboxEmailForAdmin(actor: Actor, id: number): Promise<(OutboxEmailDetail & { secretLinksHidden: boolean }) | null> {
  const email = await getOutboxEmail(actor, id);
  if (!email) return null;
  return env.SMTP_URL ? withSecretLinksHidden(email) : { ...email, secretLinksHidden: false };
}
