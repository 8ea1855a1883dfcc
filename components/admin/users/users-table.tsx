import Link from 'next/link';
import type { AdminUserRow } from '@/db/types';
import { ROLE_LABELS } from '@/lib/validations/user';
import { formatDateTime } from '../audit/format-time';
import { UserStatusBadge } from './user-status-badge';

const cell = 'flex items-baseline gap-x-2 px-4 py-1 sm:table-cell sm:px-4 sm:py-3';
// On a phone each row is a card; the column name is repeated visually, while screen readers
// keep the real table headers.
const phoneLabel = 'w-28 shrink-0 text-sm font-medium text-gray-600 sm:hidden';

export function UsersTable({ users }: { users: AdminUserRow[] }) {
  return (
    <div className="overflow-hidden rounded-lg border border-gray-200 bg-white">
      <table className="block w-full text-left text-sm sm:table">
        <caption className="sr-only">Users</caption>
        <thead className="sr-only bg-gray-50 text-gray-700 sm:not-sr-only sm:table-header-group">
          <tr>
            {['Name', 'Email', 'Role', 'Status', 'Last sign-in'].map((heading) => (
              <th key={heading} scope="col" className="px-4 py-3 font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block divide-y divide-gray-200 sm:table-row-group">
          {users.map((user) => (
            <tr key={user.id} className="block py-3 sm:table-row sm:py-0">
              <th scope="row" className={`${cell} font-medium text-gray-900`}>
                <span aria-hidden="true" className={phoneLabel}>
                  Name
                </span>
                <Link href={`/admin/users/${user.id}`} className="underline underline-offset-4 hover:decoration-2">
                  {user.name ?? user.email}
                </Link>
              </th>
              <td className={`${cell} text-gray-700`}>
                <span aria-hidden="true" className={phoneLabel}>
                  Email
                </span>
                <span className="min-w-0 break-all">{user.email}</span>
              </td>
              <td className={`${cell} text-gray-700`}>
                <span aria-hidden="true" className={phoneLabel}>
                  Role
                </span>
                {ROLE_LABELS[user.role]}
              </td>
              <td className={cell}>
                <span aria-hidden="true" className={phoneLabel}>
                  Status
                </span>
                <UserStatusBadge status={user.status} />
                {user.status === 'invited' && user.invitationExpired ? <span className="text-gray-600">link expired</span> : null}
              </td>
              <td className={`${cell} text-gray-700`}>
                <span aria-hidden="true" className={phoneLabel}>
                  Last sign-in
                </span>
                {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'Never'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
