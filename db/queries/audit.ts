import 'server-only';
import type { DbOrTx } from '@/db/client';
import { auditLog } from '@/db/schema';

/** Dotted verb of what happened, e.g. 'application.stage_changed', 'note.created'. */
export type AuditAction = `${string}.${string}`;

export interface AuditEntry {
  /** Who did it; null for the system (a job, a migration). */
  actor: { id: string } | null;
  action: AuditAction;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one audit_log row. Pass the caller's transaction: the entry must commit or roll back
 * with the change it describes, so the log never claims something that did not happen.
 */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: entry.actor?.id ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
