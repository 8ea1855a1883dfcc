import 'server-only';
import type { Actor } from '@/db/queries/access';
import { updateHiringSettings, updateJobReplyTo } from '@/db/queries/hiring-settings';
import { inTransaction } from '@/db/queries/transaction';
import type { DbOrTx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import type { HiringSettingsInput } from '@/lib/validations/hiring-settings';

/** Saves the company's hiring settings with an audit entry (before → after). Admins only. */
export function saveHiringSettings(actor: Actor, input: HiringSettingsInput, conn?: DbOrTx): Promise<boolean> {
  return inTransaction(async (tx) => {
    const result = await updateHiringSettings(tx, actor, input);
    if (!result.ok) return false;
    await recordAudit(tx, { actor, action: 'settings.hiring_updated', entityType: 'settings', entityId: 1, before: result.before, after: input });
    return true;
  }, conn);
}

/** A job's own Reply-To (null: the company's), for those who may edit the job's pipeline. */
export function saveJobReplyTo(actor: Actor, jobId: number, replyTo: string | null, conn?: DbOrTx): Promise<boolean> {
  return inTransaction(async (tx) => {
    const result = await updateJobReplyTo(tx, actor, jobId, replyTo);
    if (!result.ok) return false;
    await recordAudit(tx, { actor, action: 'job.reply_to_updated', entityType: 'job', entityId: jobId, before: { replyTo: result.before }, after: { replyTo } });
    return true;
  }, conn);
}
