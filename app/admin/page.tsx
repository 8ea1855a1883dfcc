import type { Metadata } from 'next';
import Link from 'next/link';
import { countUsersByStatus } from '@/db/queries/admin-users';
import { countAuditEntriesLastDay } from '@/db/queries/audit-log';
import { getOutboxHealth } from '@/db/queries/email-outbox';
import { countPublishedJobsWithoutTeam } from '@/db/queries/teams';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Overview' };

function Tile({ title, value, detail, href, link }: { title: string; value: string; detail: string; href: string; link: string }) {
  return (
    <section className="grid content-start gap-2 rounded-lg border border-gray-200 bg-white p-5">
      <h2 className="text-sm font-medium text-gray-600">{title}</h2>
      <p className="text-3xl font-semibold text-gray-900 tabular-nums">{value}</p>
      <p className="text-sm text-gray-700">{detail}</p>
      <Link href={href} className="w-fit text-sm font-medium text-gray-900 underline underline-offset-4 hover:decoration-2">
        {link}
      </Link>
    </section>
  );
}

export default async function AdminOverviewPage() {
  const admin = await requireRole('admin');
  const [users, withoutTeam, auditToday, outbox] = await Promise.all([
    countUsersByStatus(),
    countPublishedJobsWithoutTeam(),
    countAuditEntriesLastDay(),
    getOutboxHealth(admin),
  ]);
  const waiting = outbox ? outbox.counts.queued + outbox.counts.sending : 0;
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Overview</h1>
        <p className="text-gray-700">Welcome, {admin.name ?? admin.email}.</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Tile
          title="Active users"
          value={String(users.active)}
          detail={`${users.invited} invited, not signed up yet · ${users.deactivated} deactivated`}
          href="/admin/users"
          link="Manage users"
        />
        <Tile
          title="Published jobs without a hiring team"
          value={String(withoutTeam)}
          detail={withoutTeam === 0 ? 'Every open job has reviewers.' : 'Only admins see these applicants until someone is added.'}
          href="/admin/teams"
          link="Manage hiring teams"
        />
        <Tile
          title="Audit entries in the last 24 hours"
          value={String(auditToday)}
          detail="Admin actions and stage changes."
          href="/admin/audit"
          link="Open the audit log"
        />
        <Tile
          title="Emails waiting to send"
          value={String(waiting)}
          detail={`${outbox?.counts.failed ?? 0} failed for good · ${outbox?.counts.kept ?? 0} kept without an SMTP server`}
          href="/admin/outbox"
          link="Open the email outbox"
        />
      </div>
      <nav aria-label="More admin tasks" className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-medium">
        <Link href="/admin/jobs" className="underline underline-offset-4">Jobs</Link>
        <Link href="/admin/users/new" className="underline underline-offset-4">Invite a user</Link>
        <Link href="/admin/settings" className="underline underline-offset-4">Company settings</Link>
      </nav>
    </div>
  );
}
