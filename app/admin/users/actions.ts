'use server';

import { revalidatePath } from 'next/cache';
import { changeUserRole, setUserActive, type UserChangeResult } from '@/db/queries/admin-users';
import { cancelInvitation, inviteUser, renewInvitation, type IssuedInvitation } from '@/db/queries/invitations';
import { getPublicSettings } from '@/db/queries/settings';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction, type AuthorizationError } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { invitationEmail } from '@/lib/mail/invitation-email';
import { sendMail } from '@/lib/mail/mailer';
import { changeRoleSchema, inviteUserSchema, setUserActiveSchema, userIdField, type InvitationLink, type InviteUserField, type InviteUserState, type ResendInvitationState } from '@/lib/validations/user';
import { loggableError } from '@/lib/logging/loggable-error';
import { authorizationMessage } from '@/lib/actions/messages';
import { runAction } from '@/lib/actions/run-action';
import { zodFieldErrors } from '@/lib/actions/field-errors';

// Only the role change runs on runAction. The others keep their own steps: a bad hidden user id
// answers NOT_FOUND (not the id field's shorter message), an invitee who exists already comes
// back with their id, and a new link is emailed after the write.

const UNEXPECTED = 'Something went wrong on our side and nothing was changed. Please try again.';
const NOT_FOUND = 'This user isn’t available. They may have been removed; reload the page.';

function refused(error: AuthorizationError): ActionState<never> {
  return errorState(authorizationMessage(error));
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/** The link to show, after trying to email it; a mail failure never loses the invitation. */
async function deliver(issued: IssuedInvitation): Promise<InvitationLink> {
  const url = new URL(`/set-password?token=${issued.token}`, env.APP_URL).toString();
  const link: InvitationLink = { userId: issued.userId, url, expiresAt: issued.expiresAt.toISOString(), emailedTo: null };
  try {
    const { companyName } = await getPublicSettings();
    const sent = await sendMail(invitationEmail({ to: issued.email, name: issued.name, companyName, url, expiresAt: issued.expiresAt }));
    return sent ? { ...link, emailedTo: issued.email } : link;
  } catch (error) {
    logger.error({ err: loggableError(error), userId: issued.userId }, 'Invitation email not sent');
    return { ...link, emailFailed: true };
  }
}

export async function inviteUserAction(_previous: InviteUserState, formData: FormData): Promise<InviteUserState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return refused(auth.error);
  const values = { name: text(formData, 'name'), email: text(formData, 'email'), role: text(formData, 'role') };
  const parsed = inviteUserSchema.safeParse(values);
  if (!parsed.success) {
    return { ...errorState<InviteUserField>('Check the fields marked below.', zodFieldErrors(parsed.error)), values };
  }
  let issued: IssuedInvitation;
  try {
    const result = await inviteUser(auth.user, parsed.data);
    if (!result.ok && result.reason === 'exists') {
      const message = result.pending
        ? `${parsed.data.email} has been invited already but hasn’t set a password yet. Send them a new link instead.`
        : `${parsed.data.email} already has an account. Change their role or status on the Users page.`;
      return { ...errorState<InviteUserField>(message, { email: [message] }), values, pendingUserId: result.pending ? result.userId : undefined };
    }
    if (!result.ok) return refused('forbidden');
    issued = result;
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'inviteUserAction failed');
    return { ...errorState<InviteUserField>(UNEXPECTED), values };
  }
  const invitation = await deliver(issued);
  revalidatePath('/admin/users');
  return { status: 'success', message: `${issued.name ?? issued.email} is invited.`, invitation };
}

export async function resendInvitationAction(_previous: ResendInvitationState, formData: FormData): Promise<ResendInvitationState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return refused(auth.error);
  const userId = userIdField.safeParse(formData.get('userId'));
  if (!userId.success) return errorState(NOT_FOUND);
  let issued: IssuedInvitation;
  try {
    const result = await renewInvitation(auth.user, userId.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return refused('forbidden');
      return errorState(result.reason === 'not-pending' ? 'This person has set their password already: they can sign in.' : NOT_FOUND);
    }
    issued = result;
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'resendInvitationAction failed');
    return errorState(UNEXPECTED);
  }
  const invitation = await deliver(issued);
  revalidatePath('/admin/users');
  revalidatePath(`/admin/users/${issued.userId}`);
  return { status: 'success', message: 'A new link is ready. Earlier links no longer work.', invitation };
}

/** Withdraws a pending invitation: its links stop working; a new one can be sent later. */
export async function cancelInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return refused(auth.error);
  const userId = userIdField.safeParse(formData.get('userId'));
  if (!userId.success) return errorState(NOT_FOUND);
  let cancelled: number;
  try {
    const result = await cancelInvitation(auth.user, userId.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return refused('forbidden');
      return errorState(result.reason === 'not-pending' ? 'This person has set their password already: deactivate them instead.' : NOT_FOUND);
    }
    cancelled = result.cancelled;
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'cancelInvitationAction failed');
    return errorState(UNEXPECTED);
  }
  revalidatePath('/admin/users');
  revalidatePath(`/admin/users/${userId.data}`);
  return { status: 'success', message: cancelled > 0 ? 'Invitation cancelled. The link no longer works.' : 'There was no working link to cancel.' };
}

function changeState(result: UserChangeResult, messages: { self: string; done: string }): ActionState {
  if (result.ok) return { status: 'success', message: result.changed ? messages.done : 'Nothing to change.' };
  switch (result.reason) {
    case 'forbidden':
      return refused('forbidden');
    case 'self':
      return errorState(messages.self);
    case 'last-admin':
      return errorState('There must always be at least one active admin. Make someone else an admin first.');
    case 'not-found':
      return errorState(NOT_FOUND);
  }
}

export async function changeUserRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({
    name: 'changeUserRoleAction',
    role: 'admin',
    input: { userId: formData.get('userId'), role: formData.get('role') },
    schema: changeRoleSchema,
    fields: ['userId', 'role'] as const,
    invalid: 'Choose a role.',
    unexpected: UNEXPECTED,
    act: (actor, input) => changeUserRole(actor, input),
    // A refused change refreshes the pages too: what they showed may be why it was refused.
    answer: (result, input) => {
      revalidatePath('/admin/users');
      revalidatePath(`/admin/users/${input.userId}`);
      return changeState(result, {
        self: 'You can’t change your own role. Ask another admin to do it.',
        done: 'Role saved. It applies from their next page load.',
      });
    },
  });
}

export async function setUserActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) return refused(auth.error);
  const parsed = setUserActiveSchema.safeParse({ userId: formData.get('userId'), active: formData.get('active') });
  if (!parsed.success) return errorState(NOT_FOUND);
  const done = parsed.data.active
    ? 'Reactivated. They can sign in again.'
    : 'Deactivated. They are signed out on their next page load and can’t sign in.';
  let state: ActionState;
  try {
    state = changeState(await setUserActive(auth.user, parsed.data), {
      self: 'You can’t deactivate your own account. Ask another admin to do it.',
      done,
    });
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'setUserActiveAction failed');
    return errorState(UNEXPECTED);
  }
  revalidatePath('/admin/users');
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return state;
}
