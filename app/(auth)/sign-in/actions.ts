'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { signIn } from '@/auth';
import { errorState } from '@/lib/action-state';
import { sanitizeCallbackUrl } from '@/lib/auth/callback-url';
import { clientIp } from '@/lib/auth/client-ip';
import { SignInRateLimited } from '@/lib/auth/errors';
import { magicLinkRequestsBlocked } from '@/lib/auth/magic-link';
import { publicSignInMethods } from '@/lib/auth/sign-in-methods';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import { minutesUntil, timeUntil } from '@/lib/rate-limit';
import type { MagicLinkState, SignInState } from './state';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const INCORRECT = 'Email or password is incorrect.';
const UNAVAILABLE = 'Signing in is not possible right now. Please try again in a few minutes.';

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/** Email + password. Parse, then Auth.js's credentials provider rate-limits and verifies. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = text(formData, 'email');
  const callbackUrl = sanitizeCallbackUrl(formData.get('callbackUrl'));
  const parsed = signInSchema.safeParse({ email, password: text(formData, 'password') });
  if (!parsed.success) {
    return { ...errorState('Check your email and password.', zodFieldErrors(parsed.error)), email };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: callbackUrl, redirect: false });
  } catch (error) {
    if (error instanceof SignInRateLimited) {
      return { ...errorState(`Too many failed sign-ins. Wait ${timeUntil(error.retryAfterSeconds)}, then try again.`), email };
    }
    if (error instanceof AuthError) {
      return { ...errorState(error.type === 'CredentialsSignin' ? INCORRECT : UNAVAILABLE), email };
    }
    throw error;
  }
  redirect(callbackUrl);
}

/** "Continue with GitHub" and friends: off to the provider, which comes back to Auth.js's callback. */
export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = text(formData, 'provider');
  if (!publicSignInMethods().oauth.some((method) => method.id === provider)) redirect('/sign-in');
  await signIn(provider, { redirectTo: sanitizeCallbackUrl(formData.get('callbackUrl')) });
}

const magicLinkSchema = signInSchema.pick({ email: true });

/** Magic link: the same "check your email" page whether or not the address has an account. */
export async function requestMagicLinkAction(_previous: MagicLinkState, formData: FormData): Promise<MagicLinkState> {
  const email = text(formData, 'email');
  if (!publicSignInMethods().magicLink) return { ...errorState(UNAVAILABLE), email };
  const parsed = magicLinkSchema.safeParse({ email });
  if (!parsed.success) return { ...errorState('Check your email address.', zodFieldErrors(parsed.error)), email };
  // Said before Auth.js stores a token; the provider counts the request (lib/auth/magic-link.ts).
  const wait = await magicLinkRequestsBlocked(clientIp(await headers()));
  if (wait !== null) {
    return { ...errorState(`Too many sign-in links have been asked for from your network. Try again in ${minutesUntil(wait)}.`), email };
  }
  let next: string;
  try {
    next = await signIn('nodemailer', { email: parsed.data.email, redirectTo: sanitizeCallbackUrl(formData.get('callbackUrl')), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { ...errorState(UNAVAILABLE), email };
    throw error;
  }
  // A failure inside Auth.js (e.g. SMTP down) comes back as a redirect to the error page.
  if (new URL(next, 'http://portico.invalid').searchParams.has('error')) return { ...errorState(UNAVAILABLE), email };
  redirect('/sign-in/check-email');
}
