import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NotificationPreferenceAdminForm } from '@/components/admin/users/notification-preference-admin-form';
import { CancelInvitationForm } from '@/components/admin/users/cancel-invitation-form';
import { ResendInvitationForm } from '@/components/admin/users/resend-invitation-form';
import { RoleForm } from '@/components/admin/users/role-form';
import { UserStatusBadge } from '@/components/admin/users/user-status-badge';
import { UserStatusForm } from '@/components/admin/users/user-status-form';
import { formatDateTime } from '@/components/admin/audit/format-time';
import { getUserForAdmin } from '@/db/queries/admin-users';
import { getNotificationPreference } from '@/db/queries/notifications';
import { requireRole } from '@/lib/auth/session';
import { userIdField } from '@/lib/validations/user';
import { BackLink } from '@/components/admin/back-link';
import { cancelInvitationAction, changeUserRoleAction, resendInvitationAction, setUserActiveAction } from '../actions';
import { setUserNotificationPreferenceAction } from '../notification-actions';

export const metadata: Metadata = { title: 'Manage user' };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-3 rounded-lg border border-gray-200 bg-white p-5 sm:p-6">
      <h2 className="text-base font-semibold text-gray-900">{title}</h2>
      {children}
    </section>
  );
}

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const admin = await requireRole('admin');
  const id = userIdField.safeParse((await params).userId);
  const user = id.success ? await getUserForAdmin(admin, id.data) : null;
  if (!user) notFound();
  const self = user.id === admin.id;
  const preference = (await getNotificationPreference(admin, undefined, user.id)) ?? 'instant';

  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-3">
        <BackLink href="/admin/users">All users</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight break-all text-gray-900">{user.name ?? user.email}</h1>
          <UserStatusBadge status={user.status} />
        </div>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-gray-600">Email</dt>
          <dd className="break-all text-gray-900">{user.email}</dd>
          <dt className="font-medium text-gray-600">Last sign-in</dt>
          <dd className="text-gray-900">{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'Never'}</dd>
          {user.status === 'invited' && user.invitationExpiresAt ? (
            <>
              <dt className="font-medium text-gray-600">Invitation</dt>
              <dd className="text-gray-900">
                {user.invitationExpired ? 'Expired on' : 'Expires on'} {formatDateTime(user.invitationExpiresAt)}
              </dd>
            </>
          ) : null}
        </dl>
      </div>

      <Section title="Role">
        {self ? (
          <p className="text-sm text-gray-700">You can’t change your own role. Ask another admin to do it.</p>
        ) : (
          <RoleForm action={changeUserRoleAction} userId={user.id} role={user.role} />
        )}
      </Section>

      <Section title="Emails">
        <NotificationPreferenceAdminForm action={setUserNotificationPreferenceAction} userId={user.id} preference={preference} />
      </Section>

      {user.status === 'invited' ? (
        <Section title="Invitation">
          <p className="text-sm text-gray-700">
            {user.name ?? user.email} hasn’t set a password yet. A new link replaces the one they have, which then stops working.
          </p>
          <ResendInvitationForm action={resendInvitationAction} userId={user.id} />
          <p className="text-sm text-gray-700">Sent to the wrong address, or no longer needed? Cancelling stops the link from working.</p>
          <CancelInvitationForm action={cancelInvitationAction} userId={user.id} />
        </Section>
      ) : (
        <Section title="Access">
          {self ? (
            <p className="text-sm text-gray-700">You can’t deactivate your own account. Ask another admin to do it.</p>
          ) : (
            <>
              <p className="text-sm text-gray-700">
                {user.status === 'active'
                  ? 'Deactivating signs them out on their next page load and stops them signing in. Their notes and ratings stay.'
                  : 'Reactivating lets them sign in again with their password.'}
              </p>
              <UserStatusForm action={setUserActiveAction} userId={user.id} active={user.status === 'active'} />
            </>
          )}
        </Section>
      )}
    </div>
  );
}
