'use server';

import { redirect } from 'next/navigation';
import { loggableError } from '@/lib/logging/loggable-error';
import { acceptInvitation, type AcceptInvitationResult } from '@/lib/auth/invitations';
import { errorState } from '@/lib/action-state';
import { logger } from '@/lib/logger';
import { invitationTokenField, type SetPasswordField } from '@/lib/validations/user';
import { LINK_MESSAGES } from './messages';
import type { SetPasswordState } from './state';

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/** The invitation landing page's form: no session, the token is the authority. */
export async function setPasswordAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const token = invitationTokenField.safeParse(text(formData, 'token'));
  if (!token.success) return { ...errorState<SetPasswordField>(LINK_MESSAGES.invalid), link: 'invalid' };
  let result: AcceptInvitationResult;
  try {
    result = await acceptInvitation({ token: token.data, password: text(formData, 'password'), confirmPassword: text(formData, 'confirmPassword') });
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'setPasswordAction failed');
    return errorState('Something went wrong on our side and your password was not set. Please try again.');
  }
  if (!result.ok) {
    if (result.reason === 'input') return errorState<SetPasswordField>('Check the fields marked below.', result.fieldErrors);
    return { ...errorState<SetPasswordField>(LINK_MESSAGES[result.reason]), link: result.reason };
  }
  redirect('/sign-in');
}
