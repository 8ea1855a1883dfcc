import type { AuthorizationError } from '@/lib/auth/guards';

// The answers every action shares, in one wording each, so a person reads the same sentence
// wherever their session ends or their role falls short (e2e specs match on these).
export const ACTION_MESSAGES = {
  signedOut: 'Your session has ended. Sign in again, then retry.',
  forbidden: 'Only admins can do this; nothing was changed.',
  /** When a write fails for a reason of ours: nothing was kept, and the details go to the log only. */
  unexpected: 'Something went wrong on our side and nothing was saved. Please try again.',
} as const;

export function authorizationMessage(error: AuthorizationError): string {
  return error === 'unauthenticated' ? ACTION_MESSAGES.signedOut : ACTION_MESSAGES.forbidden;
}
