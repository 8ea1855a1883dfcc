import 'server-only';
import type { Account, Profile, User } from 'next-auth';
import type { DbOrTx } from '@/db/client';
import { getSignInCandidateByAccount, getSignInCandidateByEmail } from '@/db/queries/users';

/**
 * The email an OAuth provider vouches for, lower-cased, or null. Google says whether it
 * verified the address; the GitHub provider (set up in auth.ts) only ever reports a
 * verified primary address; Entra ID is limited to a single tenant, whose admins own its
 * addresses (lib/auth/sign-in-methods.ts).
 */
export function verifiedProviderEmail(provider: string, profile: Profile | undefined): string | null {
  const email = typeof profile?.email === 'string' ? profile.email.trim().toLowerCase() : '';
  if (!email) return null;
  if (provider === 'google' && profile?.email_verified !== true) return null;
  return email;
}

/**
 * Auth.js's signIn callback for every method except email + password (whose check is
 * authorizeCredentials). Nobody registers here: an OAuth account or magic link signs in
 * only a user who already exists and is active.
 */
export async function mayUseExternalSignIn(
  params: { user: User; account?: Account | null; profile?: Profile; email?: { verificationRequest?: boolean } },
  conn?: DbOrTx,
): Promise<boolean> {
  const { user, account, profile, email } = params;
  if (!account) return false;
  if (account.type === 'credentials') return true;
  if (account.type === 'email') {
    // Asking for a link always "succeeds"; the provider sends one only to active users.
    if (email?.verificationRequest) return true;
    const candidate = user.email ? await getSignInCandidateByEmail(user.email.toLowerCase(), conn) : null;
    return candidate?.active === true;
  }
  if (account.type !== 'oauth' && account.type !== 'oidc') return false;
  const linked = await getSignInCandidateByAccount(account.provider, account.providerAccountId, conn);
  if (linked) return linked.active;
  const verified = verifiedProviderEmail(account.provider, profile);
  if (!verified) return false;
  // Auth.js then links this account to the user (allowDangerousEmailAccountLinking).
  const candidate = await getSignInCandidateByEmail(verified, conn);
  return candidate?.active === true;
}
