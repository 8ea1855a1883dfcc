import type { AuthorizationError } from '@/lib/auth/guards';

// The two refusals every action shares, in one wording each, so a person reads the same sentence
// wherever their session ends or their role falls short (e2e specs match on these).
export const ACTION_MESSAGES = {
  signedOut: 'Your session has ended. Sign in again, then retry.',
  forbidden: 'Only admins can do this; nothing was changed.',
} as const;

export function authorizationMessage(error: AuthorizationError): string {
  return error === 'unauthenticated' ? ACTION_MESSAGES.signedOut : ACTION_MESSAGES.forbidden;
}
