import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import { outboxEmailForAdmin } from '@/lib/mail/admin-outbox';
import { messageIdFor } from '@/lib/mail/outbox';
import { HIDDEN_SECRET } from '@/lib/mail/secret-links';
import { parseOutboxId } from '../params';

export const metadata: Metadata = { title: 'Email' };

const TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

// One queued email as its recipient would get it. The HTML part is shown here as escaped source
// and rendered only as a document of its own (./html) under a sandbox CSP, never as markup of
// this page.
export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole('admin');
  const id = parseOutboxId((await params).id);
  if (id === null) notFound();
  const email = await outboxEmailForAdmin(admin, id);
  if (!email) notFound();

  const facts: Array<[string, string]> = [
    ['To', email.toAddress],
    ['Status', email.status],
    ['Kind', email.kind],
    ['Attempts', String(email.attempts)],
    ['Queued', `${TIME.format(email.createdAt)} UTC`],
    ['Sent', email.sentAt ? `${TIME.format(email.sentAt)} UTC` : '—'],
    ['Next attempt', email.status === 'queued' ? `${TIME.format(email.nextAttemptAt)} UTC` : '—'],
    ['Message-ID', messageIdFor(email.dedupeKey)],
    ['Dedupe key', email.dedupeKey],
  ];
  if (email.lastError) facts.push(['Last error', email.lastError]);

  return (
    <div className="grid gap-6">
      <Link href="/admin/outbox" className="w-fit text-sm font-medium underline underline-offset-4">
        Back to the outbox
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight break-words text-gray-900">{email.subject}</h1>
      <dl className="grid gap-x-6 gap-y-1 rounded-lg border border-gray-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-gray-700">{label}</dt>
            <dd className="break-all text-gray-900">{value}</dd>
          </div>
        ))}
      </dl>
      {email.secretLinksHidden ? (
        <p className="rounded-lg border border-gray-200 bg-white p-4 text-sm text-gray-700">
          Links that sign someone in, set a password or open a candidate’s status page show {HIDDEN_SECRET} in place of their
          secret: the SMTP server delivers them, and they belong to the recipient alone.
        </p>
      ) : null}
      <section aria-labelledby="text-part" className="grid gap-2">
        <h2 id="text-part" className="text-lg font-semibold text-gray-900">
          Plain text
        </h2>
        <pre className="overflow-x-auto rounded-lg border border-gray-200 bg-white p-4 text-sm whitespace-pre-wrap text-gray-900">{email.text}</pre>
      </section>
      <section aria-labelledby="html-part" className="grid gap-2">
        <h2 id="html-part" className="text-lg font-semibold text-gray-900">
          HTML
        </h2>
        <p className="text-sm text-gray-700">
          <a href={`/admin/outbox/${email.id}/html`} className="font-medium text-gray-900 underline underline-offset-4">
            Open the HTML version
          </a>{' '}
          (its own document, sandboxed: no scripts, no forms, nothing loaded from elsewhere). Its source:
        </p>
        <pre className="max-h-96 overflow-auto rounded-lg border border-gray-200 bg-white p-4 text-xs whitespace-pre-wrap text-gray-900">{email.html}</pre>
      </section>
    </div>
  );
}
