import Link from 'next/link';
import type { AuditEntryView } from '@/db/types';
import { AuditDiff } from './audit-diff';
import { formatDateTime } from './format-time';

/** Where an entity lives in the app, for the kinds that have a page. */
function entityHref(type: string, id: string): string | null {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) return null;
  switch (type) {
    case 'user':
      return `/admin/users/${id}`;
    case 'job':
      return `/admin/jobs/${id}`;
    case 'application':
      return `/dashboard/applications/${id}`;
    case 'settings':
      return '/admin/settings';
    default:
      return null;
  }
}

export function AuditEntryCard({ entry }: { entry: AuditEntryView }) {
  const who = entry.actorId === null ? 'System' : (entry.actorName ?? entry.actorEmail ?? 'A deleted user');
  const href = entityHref(entry.entityType, entry.entityId);
  const entity = `${entry.entityType} ${entry.entityId}`;
  return (
    <article className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:p-5">
      <header className="grid gap-1">
        <h2 className="flex flex-wrap items-baseline gap-x-2 text-sm text-gray-900">
          <span className="font-semibold">{who}</span>
          <code className="rounded bg-gray-100 px-1.5 py-0.5 font-mono text-xs">{entry.action}</code>
        </h2>
        <p className="flex flex-wrap gap-x-3 text-sm text-gray-600">
          <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
          <span className="break-all">
            {href ? (
              <Link href={href} className="text-gray-900 underline underline-offset-4">
                {entity}
              </Link>
            ) : (
              entity
            )}
          </span>
        </p>
      </header>
      <AuditDiff before={entry.before} after={entry.after} />
    </article>
  );
}
