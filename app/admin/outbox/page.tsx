import type { Metadata } from 'next';
import Link from 'next/link';
import { OutboxHealthSummary } from '@/components/admin/outbox/outbox-health';
import { EmptyState } from '@/components/ui/empty-state';
import { getOutboxHealth, listOutboxEmails } from '@/db/queries/email-outbox';
import { OUTBOX_STATUSES } from '@/db/schema/mail';
import { requireRole } from '@/lib/auth/session';
import { outboxHref, parseOutboxParams } from './params';

export const metadata: Metadata = { title: 'Email outbox' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const STATUS_LABELS = { queued: 'Queued', sending: 'Sending', sent: 'Sent', failed: 'Failed', kept: 'Kept (no SMTP)' } as const;

// Every email the app has queued, newest first: what went out, what waits, what failed and why.
export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireRole('admin');
  const { status, before } = parseOutboxParams(await searchParams);
  const [page, health] = await Promise.all([listOutboxEmails(admin, { status, before }), getOutboxHealth(admin)]);

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Email outbox</h1>
        <p className="text-gray-700">
          Every email Portico has queued, newest first. The background worker sends them; without an SMTP server they are kept here. Times are UTC.
        </p>
      </div>
      {health ? <OutboxHealthSummary health={health} /> : null}

      <nav aria-label="Filter by status" className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-medium">
        <Link href={outboxHref({})} aria-current={status ? undefined : 'page'} className="underline underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:no-underline">
          All
        </Link>
        {OUTBOX_STATUSES.map((s) => (
          <Link
            key={s}
            href={outboxHref({ status: s })}
            aria-current={status === s ? 'page' : undefined}
            className="underline underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:no-underline"
          >
            {STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>

      {page.items.length === 0 ? (
        <EmptyState title={status ? `No ${STATUS_LABELS[status].toLowerCase()} emails` : 'No email queued yet'} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Emails</caption>
            <thead className="border-b border-gray-200 bg-gray-50 text-gray-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Subject</th>
                <th scope="col" className="px-3 py-2 font-medium">To</th>
                <th scope="col" className="px-3 py-2 font-medium">Status</th>
                <th scope="col" className="px-3 py-2 font-medium">Queued</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((email) => (
                <tr key={email.id} className="border-b border-gray-100 align-top">
                  <td className="px-3 py-2">
                    <Link href={`/admin/outbox/${email.id}`} className="font-medium text-gray-900 underline underline-offset-4">
                      {email.subject}
                    </Link>
                    <div className="text-xs text-gray-700">{email.kind}</div>
                  </td>
                  <td className="px-3 py-2 break-all">{email.toAddress}</td>
                  <td className="px-3 py-2">
                    {STATUS_LABELS[email.status]}
                    {email.attempts > 1 ? <div className="text-xs text-gray-700">{email.attempts} attempts</div> : null}
                    {email.lastError && email.status !== 'sent' ? <div className="text-xs break-words text-red-800">Last error: {email.lastError}</div> : null}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={email.createdAt.toISOString()}>{TIME.format(email.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {page.olderThan || before ? (
        <nav aria-label="Pagination" className="flex flex-wrap justify-between gap-3 text-sm font-medium">
          {before ? (
            <Link href={outboxHref({ status })} className="underline underline-offset-4">
              Newest emails
            </Link>
          ) : (
            <span />
          )}
          {page.olderThan ? (
            <Link href={outboxHref({ status, before: page.olderThan })} rel="next" className="underline underline-offset-4">
              Older emails
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
