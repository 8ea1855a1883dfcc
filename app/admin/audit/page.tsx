import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditEntryCard } from '@/components/admin/audit/audit-entry-card';
import { AuditFilters } from '@/components/admin/audit/audit-filters';
import { EmptyState } from '@/components/ui/empty-state';
import { listAuditEntries, listAuditFilterOptions } from '@/db/queries/audit-log';
import { requireRole } from '@/lib/auth/session';
import { auditHref, parseAuditParams } from './params';

export const metadata: Metadata = { title: 'Audit log' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Read-only on purpose: there is no route or action that edits or deletes an entry, and the
// database refuses UPDATE and DELETE on audit_log anyway.
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireRole('admin');
  const { filters, cursor } = parseAuditParams(await searchParams);
  const [page, options] = await Promise.all([listAuditEntries(admin, { filters, cursor }), listAuditFilterOptions(admin)]);
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Audit log</h1>
        <p className="text-gray-700">Every admin action and stage change, newest first. Entries can’t be changed or deleted. Times are UTC.</p>
      </div>
      <AuditFilters filters={filters} options={options} />
      {page.entries.length === 0 ? (
        <EmptyState
          title={filtered ? 'No entries match these filters' : 'Nothing recorded yet'}
          action={filtered ? <Link href="/admin/audit" className="font-medium underline underline-offset-4">Clear filters</Link> : undefined}
        />
      ) : (
        <ol className="grid gap-3" aria-label="Audit entries">
          {page.entries.map((entry) => (
            <li key={entry.id}>
              <AuditEntryCard entry={entry} />
            </li>
          ))}
        </ol>
      )}
      {page.newer || page.older ? (
        <nav aria-label="Pagination" className="flex flex-wrap justify-between gap-3 text-sm font-medium">
          {page.newer ? (
            <Link href={auditHref(filters, { after: page.newer })} rel="prev" className="underline underline-offset-4">
              Newer entries
            </Link>
          ) : (
            <span />
          )}
          {page.older ? (
            <Link href={auditHref(filters, { before: page.older })} rel="next" className="underline underline-offset-4">
              Older entries
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
