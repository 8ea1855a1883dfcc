import 'server-only';
import { and, asc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { db as appDb } from '@/db';
import type { DbOrTx } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import type { Actor } from './access';

export interface AuditFilters {
  /** A user id, or 'system' for entries no user made. */
  actorId?: string;
  action?: string;
  entityType?: string;
  /** Whole UTC days, inclusive: 'YYYY-MM-DD'. */
  from?: string;
  to?: string;
}

/** Where a page starts: entries older than `before`, or newer than `after` (for "Newer"). */
export type AuditCursor = { before: string } | { after: string } | null;

export interface AuditEntryView {
  id: number;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** The entry's place in the log, as pages' cursors encode it. */
  position: string;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Cursors for the older and newer neighbouring pages, null at either end. */
  older: string | null;
  newer: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

// created_at to the microsecond (a JS Date would lose digits and skip or repeat rows), plus id.
const position = sql<string>`to_char(${auditLog.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || ${auditLog.id}`;

function encodeCursor(value: string): string {
  return Buffer.from(value).toString('base64url');
}

/** The (timestamp, id) pair of a cursor, or null for anything we did not hand out. */
export function decodeCursor(cursor: string): { at: string; id: number } | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) return null;
  const id = Number(match[2]);
  return id <= 2_147_483_647 ? { at: match[1]!, id } : null;
}

function filterConditions(filters: AuditFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.actorId === 'system') conditions.push(isNull(auditLog.actorUserId));
  else if (filters.actorId) conditions.push(eq(auditLog.actorUserId, filters.actorId));
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.from) conditions.push(gte(auditLog.createdAt, sql`${filters.from}::date::timestamp at time zone 'UTC'`));
  if (filters.to) conditions.push(lt(auditLog.createdAt, sql`(${filters.to}::date + 1)::timestamp at time zone 'UTC'`));
  return conditions;
}

/** Newest first, keyset-paginated on (created_at, id), which audit_log_created_idx serves. */
export async function listAuditEntries(
  actor: Actor,
  { filters = {}, cursor = null, limit = AUDIT_PAGE_SIZE }: { filters?: AuditFilters; cursor?: AuditCursor; limit?: number } = {},
  conn: DbOrTx = appDb,
): Promise<AuditPage> {
  if (actor.role !== 'admin') return { entries: [], older: null, newer: null };
  const conditions = filterConditions(filters);
  const key = cursor ? decodeCursor('before' in cursor ? cursor.before : cursor.after) : null;
  const goingBack = Boolean(cursor && 'after' in cursor && key);
  if (key) {
    const pair = sql`(${auditLog.createdAt}, ${auditLog.id})`;
    const at = sql`(${key.at}::timestamptz, ${key.id}::int)`;
    conditions.push(goingBack ? sql`${pair} > ${at}` : sql`${pair} < ${at}`);
  }
  // The index is (created_at DESC NULLS LAST, id DESC NULLS LAST); a bare DESC means NULLS FIRST
  // and would sort the whole table instead, though neither column can be null.
  const order = goingBack
    ? [sql`${auditLog.createdAt} asc nulls first`, sql`${auditLog.id} asc nulls first`]
    : [sql`${auditLog.createdAt} desc nulls last`, sql`${auditLog.id} desc nulls last`];
  const rows = await conn
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorId: auditLog.actorUserId,
      actorName: users.name,
      actorEmail: users.email,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      position,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(limit + 1);

  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  if (goingBack) page.reverse();
  const first = page[0]?.position;
  const last = page.at(-1)?.position;
  return {
    entries: page,
    older: last && (goingBack || hasMore) ? encodeCursor(last) : null,
    newer: first && (goingBack ? hasMore : key !== null) ? encodeCursor(first) : null,
  };
}

/** The entity types, one probe of audit_log_entity_idx per value instead of a scan of the whole log. */
async function entityTypes(conn: DbOrTx): Promise<string[]> {
  const rows = await conn.execute<{ value: string }>(sql`
    with recursive found(value) as (
      (select entity_type from audit_log order by 1 limit 1)
      union all
      select (select entity_type from audit_log where entity_type > found.value order by 1 limit 1) from found where found.value is not null
    )
    select value from found where value is not null`);
  return rows.map((row) => row.value);
}

/** No index leads with action (yet), so one scan beats the probe-per-value walk above. */
async function actions(conn: DbOrTx): Promise<string[]> {
  const rows = await conn.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((row) => row.action);
}

export interface AuditFilterOptions {
  actions: string[];
  entityTypes: string[];
  actors: { id: string; label: string }[];
}

export async function listAuditFilterOptions(actor: Actor, conn: DbOrTx = appDb): Promise<AuditFilterOptions> {
  if (actor.role !== 'admin') return { actions: [], entityTypes: [], actors: [] };
  const [actionList, typeList, people] = await Promise.all([
    actions(conn),
    entityTypes(conn),
    conn.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.email)),
  ]);
  return {
    actions: actionList,
    entityTypes: typeList,
    actors: people.map((p) => ({ id: p.id, label: p.name ? `${p.name} (${p.email})` : p.email })),
  };
}

export async function countAuditEntriesLastDay(conn: DbOrTx = appDb): Promise<number> {
  const [row] = await conn
    .select({ count: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(gte(auditLog.createdAt, sql`now() - interval '24 hours'`));
  return row?.count ?? 0;
}
