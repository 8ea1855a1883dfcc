import type { ActionState } from '@/lib/action-state';
import type { SignInField } from '@/lib/auth/sign-in-schema';

/** The email comes back so a refused form keeps it (the password never does). */
export type SignInState = ActionState<SignInField> & { email?: string };

export type MagicLinkState = ActionState<'email'> & { email?: string };
