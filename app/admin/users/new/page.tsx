import type { Metadata } from 'next';
import { InviteUserForm } from '@/components/admin/users/invite-user-form';
import { requireRole } from '@/lib/auth/session';
import { INVITATION_LIFETIME_HOURS } from '@/lib/validations/user';
import { inviteUserAction, resendInvitationAction } from '../actions';

export const metadata: Metadata = { title: 'Invite a user' };

export default async function InviteUserPage() {
  await requireRole('admin');
  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Invite a user</h1>
        <p className="text-gray-700">
          They get a link to choose a password, valid once for {INVITATION_LIFETIME_HOURS} hours. Their account is active from then on.
        </p>
      </div>
      <InviteUserForm action={inviteUserAction} resendAction={resendInvitationAction} />
    </div>
  );
}
