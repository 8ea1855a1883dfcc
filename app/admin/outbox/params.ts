import { z } from 'zod';
import { OUTBOX_STATUSES, type OutboxStatus } from '@/db/schema/mail';

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const status = z.enum(OUTBOX_STATUSES);
// Digits only: `1e3` or ` 7` are not ids this page links to.
const id = z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.number().int().min(1).max(2_147_483_647));

/** ?status= and ?before= of /admin/outbox; anything malformed is ignored, never an error. */
export function parseOutboxParams(params: SearchParams): { status?: OutboxStatus; before?: number } {
  const parsedStatus = status.safeParse(first(params.status));
  const parsedBefore = id.safeParse(first(params.before));
  return { status: parsedStatus.success ? parsedStatus.data : undefined, before: parsedBefore.success ? parsedBefore.data : undefined };
}

export function outboxHref({ status: s, before }: { status?: OutboxStatus; before?: number }): string {
  const query = new URLSearchParams();
  if (s) query.set('status', s);
  if (before) query.set('before', String(before));
  const search = query.toString();
  return search ? `/admin/outbox?${search}` : '/admin/outbox';
}

export function parseOutboxId(value: string): number | null {
  const parsed = id.safeParse(value);
  return parsed.success ? parsed.data : null;
}
