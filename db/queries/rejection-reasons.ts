import 'server-only';
import { and, asc, eq, isNull, max, sql } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { rejectionReasons } from '@/db/schema';
import type { Actor } from './access';

// "Why we say no", as a list admins keep. Every rejection names one (stage_events.rejection_reason_id);
// a reason is archived rather than deleted, so past rejections keep their words.

export interface RejectionReasonOption {
  id: number;
  label: string;
}

export interface RejectionReasonRow extends RejectionReasonOption {
  archived: boolean;
}

/** The reasons offered when rejecting, in the admins' order. */
export function listActiveRejectionReasons(conn: DbOrTx = appDb): Promise<RejectionReasonOption[]> {
  return conn.select({ id: rejectionReasons.id, label: rejectionReasons.label }).from(rejectionReasons).where(isNull(rejectionReasons.archivedAt)).orderBy(asc(rejectionReasons.position), asc(rejectionReasons.id));
}

/** Whether the id is a reason still offered (what a rejection must name). */
export async function isActiveRejectionReason(conn: DbOrTx, id: number): Promise<boolean> {
  const [row] = await conn.select({ id: rejectionReasons.id }).from(rejectionReasons).where(and(eq(rejectionReasons.id, id), isNull(rejectionReasons.archivedAt)));
  return Boolean(row);
}

export async function listRejectionReasons(actor: Actor, conn: DbOrTx = appDb): Promise<RejectionReasonRow[]> {
  if (actor.role !== 'admin') return [];
  return conn
    .select({ id: rejectionReasons.id, label: rejectionReasons.label, archived: sql<boolean>`${rejectionReasons.archivedAt} is not null` })
    .from(rejectionReasons)
    .orderBy(sql`${rejectionReasons.archivedAt} is not null`, asc(rejectionReasons.position), asc(rejectionReasons.id));
}

export type ReasonWrite = { ok: true; id: number; before?: unknown } | { ok: false; reason: 'forbidden' | 'duplicate' | 'not-found' | 'last-one' };

function isUniqueViolation(error: unknown): boolean {
  const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return (root as { code?: string }).code === '23505';
}

export async function createRejectionReason(tx: DbOrTx, actor: Actor, label: string): Promise<ReasonWrite> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  const [last] = await tx.select({ position: max(rejectionReasons.position) }).from(rejectionReasons);
  try {
    const [row] = await tx.transaction((sp) => sp.insert(rejectionReasons).values({ label, position: (last?.position ?? -1) + 1 }).returning({ id: rejectionReasons.id }));
    return row ? { ok: true, id: row.id } : { ok: false, reason: 'not-found' };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'duplicate' };
    throw error;
  }
}

export async function renameRejectionReason(tx: DbOrTx, actor: Actor, id: number, label: string): Promise<ReasonWrite> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  const [current] = await tx.select({ label: rejectionReasons.label }).from(rejectionReasons).where(eq(rejectionReasons.id, id)).for('update');
  if (!current) return { ok: false, reason: 'not-found' };
  try {
    await tx.transaction((sp) => sp.update(rejectionReasons).set({ label }).where(eq(rejectionReasons.id, id)));
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'duplicate' };
    throw error;
  }
  return { ok: true, id, before: current };
}

/** Archives (or restores) a reason; the last one offered cannot go, or nobody could reject. */
export async function setRejectionReasonArchived(tx: DbOrTx, actor: Actor, id: number, archived: boolean): Promise<ReasonWrite> {
  if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  // Serialises archiving, so two admins cannot each archive one of the last two.
  await tx.execute(sql`lock table ${rejectionReasons} in share row exclusive mode`);
  const [current] = await tx.select({ archivedAt: rejectionReasons.archivedAt }).from(rejectionReasons).where(eq(rejectionReasons.id, id));
  if (!current) return { ok: false, reason: 'not-found' };
  if (archived && current.archivedAt === null && (await listActiveRejectionReasons(tx)).length <= 1) return { ok: false, reason: 'last-one' };
  await tx.update(rejectionReasons).set({ archivedAt: archived ? (current.archivedAt ?? sql`now()`) : null }).where(eq(rejectionReasons.id, id));
  return { ok: true, id };
}
