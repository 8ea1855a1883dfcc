import type { Metadata } from 'next';
import Link from 'next/link';
import { UsersTable } from '@/components/admin/users/users-table';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { listUsers } from '@/db/queries/admin-users';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Users' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireRole('admin');
  const { after } = await searchParams;
  // The cursor is the last email of the previous page, encoded so addresses stay out of access logs.
  const cursor = typeof after === 'string' && after.length <= 400 ? Buffer.from(after, 'base64url').toString() : undefined;
  const { users, nextAfter } = await listUsers(admin, { after: cursor || undefined });

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Users</h1>
          <p className="text-gray-700">Everyone who can sign in: invite people, change their role or deactivate them.</p>
        </div>
        <Link href="/admin/users/new" className={buttonVariants()}>
          Invite a user
        </Link>
      </div>
      {users.length === 0 ? (
        <EmptyState title="No more users" action={<Link href="/admin/users" className="font-medium underline underline-offset-4">First page</Link>} />
      ) : (
        <UsersTable users={users} />
      )}
      {cursor || nextAfter ? (
        <nav aria-label="Pagination" className="flex flex-wrap justify-between gap-3 text-sm font-medium">
          {cursor ? (
            <Link href="/admin/users" className="underline underline-offset-4">
              First page
            </Link>
          ) : (
            <span />
          )}
          {nextAfter ? (
            <Link href={`/admin/users?${new URLSearchParams({ after: Buffer.from(nextAfter).toString('base64url') })}`} rel="next" className="underline underline-offset-4">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
