import 'server-only';
import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, type OutboxStatus } from '@/db/schema';
import { PG_BOSS_SCHEMA } from '@/lib/domain/pg-boss';
import type { Actor } from './access';

// Admins only: every function answers nothing for anyone else (the pages check the role too).

export const OUTBOX_PAGE_SIZE = 25;

/** What the outbox list shows of each email; the detail page selects these and more. */
const listColumns = {
  id: emailOutbox.id,
  kind: emailOutbox.kind,
  toAddress: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  status: emailOutbox.status,
  attempts: emailOutbox.attempts,
  lastError: emailOutbox.lastError,
  createdAt: emailOutbox.createdAt,
  sentAt: emailOutbox.sentAt,
};

export interface OutboxListItem {
  id: number;
  kind: string;
  toAddress: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface OutboxPage {
  items: OutboxListItem[];
  /** The id to pass as ?before= for the next (older) page; null on the last page. */
  olderThan: number | null;
}

/** Newest first, keyset-paginated by id (email_outbox_created_idx serves created_at order; ids grow with it). */
export async function listOutboxEmails(
  actor: Actor,
  { status, before }: { status?: OutboxStatus; before?: number } = {},
  conn: DbOrTx = appDb,
): Promise<OutboxPage> {
  if (actor.role !== 'admin') return { items: [], olderThan: null };
  const where: SQL[] = [];
  if (status) where.push(eq(emailOutbox.status, status));
  if (before) where.push(lt(emailOutbox.id, before));
  const rows = await conn
    .select(listColumns)
    .from(emailOutbox)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(emailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE + 1);
  const items = rows.slice(0, OUTBOX_PAGE_SIZE);
  return { items, olderThan: rows.length > OUTBOX_PAGE_SIZE ? (items.at(-1)?.id ?? null) : null };
}

export interface OutboxEmailDetail extends OutboxListItem {
  dedupeKey: string;
  html: string;
  text: string;
  nextAttemptAt: Date;
}

export async function getOutboxEmail(actor: Actor, id: number, conn: DbOrTx = appDb): Promise<OutboxEmailDetail | null> {
  if (actor.role !== 'admin') return null;
  const [row] = await conn
    .select({
      ...listColumns,
      dedupeKey: emailOutbox.dedupeKey,
      html: emailOutbox.html,
      text: emailOutbox.text,
      nextAttemptAt: emailOutbox.nextAttemptAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, id));
  return row ?? null;
}

export interface OutboxHealth {
  counts: Record<OutboxStatus, number>;
  /** Seconds the oldest due, unsent email has waited; null when none waits. */
  oldestQueuedSeconds: number | null;
  /** pg-boss jobs per queue and state; empty until the worker has created its schema. */
  queues: Array<{ name: string; state: string; count: number }>;
}

/** What the worker is up to: queue depth, failures, the oldest wait, pg-boss's queues. */
export async function getOutboxHealth(actor: Actor, conn: DbOrTx = appDb): Promise<OutboxHealth | null> {
  if (actor.role !== 'admin') return null;
  return readOutboxHealth(conn);
}

/**
 * The same figures for the system itself (the metrics endpoint, which has its own access rule):
 * counts and ages only, never an address or a subject.
 */
export async function readOutboxHealth(conn: DbOrTx = appDb): Promise<OutboxHealth> {
  const counts: Record<OutboxStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0, kept: 0 };
  const byStatus = await conn
    .select({ status: emailOutbox.status, count: sql<number>`count(*)::int` })
    .from(emailOutbox)
    .groupBy(emailOutbox.status);
  for (const row of byStatus) counts[row.status] = row.count;
  const [oldest] = await conn
    .select({ seconds: sql<number | null>`extract(epoch from now() - min(${emailOutbox.createdAt}))::int` })
    .from(emailOutbox)
    .where(sql`${emailOutbox.status} in ('queued', 'sending')`);
  const schema = sql.identifier(PG_BOSS_SCHEMA);
  const [exists] = await conn.execute<{ present: boolean }>(sql`select to_regclass(${`${PG_BOSS_SCHEMA}.queue`}) is not null as present`);
  // Every queue the worker created, with its jobs per state ('idle' when it has none right now).
  const queues = exists?.present
    ? (
        await conn.execute<{ name: string; state: string; count: number }>(sql`
          select q.name, coalesce(j.state::text, 'idle') as state, count(j.id)::int as count
          from ${schema}.queue q left join ${schema}.job j on j.name = q.name
          group by q.name, j.state order by q.name, state`)
      ).map((r) => ({ name: r.name, state: r.state, count: Number(r.count) }))
    : [];
  return { counts, oldestQueuedSeconds: oldest?.seconds ?? null, queues };
}
