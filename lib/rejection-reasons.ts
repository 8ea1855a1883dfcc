import 'server-only';
import type { Actor } from '@/db/queries/access';
import { createRejectionReason, renameRejectionReason, setRejectionReasonArchived, type ReasonWrite } from '@/db/queries/rejection-reasons';
import { inTransaction } from '@/db/queries/transaction';
import { recordAudit } from '@/db/queries/audit';

/** Each change to the list, with its audit entry, in one transaction. Admins only (the queries check). */
export function addRejectionReason(actor: Actor, label: string): Promise<ReasonWrite> {
  return inTransaction(async (tx) => {
    const result = await createRejectionReason(tx, actor, label);
    if (result.ok) await recordAudit(tx, { actor, action: 'rejection_reason.created', entityType: 'rejection_reason', entityId: result.id, after: { label } });
    return result;
  });
}

export function renameRejectionReasonService(actor: Actor, id: number, label: string): Promise<ReasonWrite> {
  return inTransaction(async (tx) => {
    const result = await renameRejectionReason(tx, actor, id, label);
    if (result.ok) await recordAudit(tx, { actor, action: 'rejection_reason.renamed', entityType: 'rejection_reason', entityId: id, before: result.before, after: { label } });
    return result;
  });
}

export function archiveRejectionReason(actor: Actor, id: number, archived: boolean): Promise<ReasonWrite> {
  return inTransaction(async (tx) => {
    const result = await setRejectionReasonArchived(tx, actor, id, archived);
    if (result.ok) await recordAudit(tx, { actor, action: archived ? 'rejection_reason.archived' : 'rejection_reason.restored', entityType: 'rejection_reason', entityId: id });
    return result;
  });
}
