import { z } from 'zod';
import type { AuditCursor, AuditFilters } from '@/db/queries/audit-log';

type SearchParams = Record<string, string | string[] | undefined>;

const code = z.string().max(100).regex(/^[A-Za-z0-9_.:-]+$/);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));
const actor = z.union([z.literal('system'), z.uuid()]);
const cursor = z.string().max(200).regex(/^[A-Za-z0-9_-]+$/);

/** A value, or undefined when it is missing or not something this page ever links to. */
function pick<T>(schema: z.ZodType<T>, value: string | string[] | undefined): T | undefined {
  const parsed = schema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : undefined;
}

export interface AuditQuery {
  filters: AuditFilters;
  cursor: AuditCursor;
}

/** The filters and page of /admin/audit from its URL; anything malformed is ignored, never an error. */
export function parseAuditParams(params: SearchParams): AuditQuery {
  const filters: AuditFilters = {
    actorId: pick(actor, params.actor),
    action: pick(code, params.action),
    entityType: pick(code, params.type),
    from: pick(day, params.from),
    to: pick(day, params.to),
  };
  const before = pick(cursor, params.before);
  const after = pick(cursor, params.after);
  return { filters, cursor: before ? { before } : after ? { after } : null };
}

/** The URL of a page of the log with the same filters. */
export function auditHref(filters: AuditFilters, page: AuditCursor = null): string {
  const query = new URLSearchParams();
  const entries: [string, string | undefined][] = [
    ['actor', filters.actorId],
    ['action', filters.action],
    ['type', filters.entityType],
    ['from', filters.from],
    ['to', filters.to],
  ];
  for (const [key, value] of entries) if (value) query.set(key, value);
  if (page && 'before' in page) query.set('before', page.before);
  if (page && 'after' in page) query.set('after', page.after);
  const search = query.toString();
  return search ? `/admin/audit?${search}` : '/admin/audit';
}
