import NextAuth, { AuthError, CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import type { Provider } from 'next-auth/providers';
import { authConfig } from '@/auth.config';
import { updateUserLastSignIn } from '@/db/queries/users';
import { authAdapter } from '@/lib/auth/adapter';
import { clientIp } from '@/lib/auth/client-ip';
import { authorizeCredentials } from '@/lib/auth/credentials';
import { SignInRateLimited } from '@/lib/auth/errors';
import { magicLinkProvider } from '@/lib/auth/magic-link';
import { configuredOAuthMethods, magicLinkSettings, type OAuthMethod } from '@/lib/auth/sign-in-methods';
import { mayUseExternalSignIn } from '@/lib/auth/sign-in-policy';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';

// The Node-only half of the Auth.js set-up: providers, the database adapter and the checks
// that read the users table. auth.config.ts holds the rest.

const credentials = Credentials({
  credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
  async authorize(input, request) {
    const result = await authorizeCredentials(input, clientIp(request.headers));
    if (result.status === 'rate_limited') throw new SignInRateLimited(result.retryAfterSeconds);
    return result.status === 'ok' ? result.user : null;
  },
});

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

function oauthProvider(method: OAuthMethod): Provider {
  // Existing users sign in with a provider the first time by their email address, so the
  // account gets linked to them; sign-in-policy.ts accepts only addresses the provider verified.
  const common = { clientId: method.clientId, clientSecret: method.clientSecret, allowDangerousEmailAccountLinking: true };
  switch (method.id) {
    case 'google':
      return Google(common);
    case 'microsoft-entra-id':
      return MicrosoftEntraID({ ...common, issuer: method.issuer });
    case 'github':
      return GitHub({
        ...common,
        // The stock provider may report an unverified address; this one reports the verified primary one or none.
        userinfo: {
          url: 'https://api.github.com/user',
          async request({ tokens }: { tokens: { access_token?: string } }) {
            const headers = { Authorization: `Bearer ${tokens.access_token}`, 'User-Agent': 'portico' };
            const [profile, emails] = await Promise.all([
              fetch('https://api.github.com/user', { headers }).then((response) => response.json()),
              fetch('https://api.github.com/user/emails', { headers }).then((response) => (response.ok ? response.json() : [])),
            ]);
            const primary = (emails as GitHubEmail[]).find((entry) => entry.primary && entry.verified);
            return { ...profile, email: primary?.email ?? null };
          },
        },
      });
  }
}

function providers(): Provider[] {
  const magicLink = magicLinkSettings();
  return [credentials, ...configuredOAuthMethods().map(oauthProvider), ...(magicLink ? [magicLinkProvider(magicLink)] : [])];
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env.AUTH_SECRET,
  adapter: authAdapter,
  providers: providers(),
  callbacks: {
    ...authConfig.callbacks,
    signIn: (params) => mayUseExternalSignIn(params),
  },
  events: {
    async signIn({ user }) {
      if (user.id) await updateUserLastSignIn(user.id);
    },
  },
  logger: {
    error(error) {
      // A refused sign-in is routine, not a server error.
      if (error instanceof CredentialsSignin) return;
      if (error instanceof AuthError && (error.type === 'AccessDenied' || error.type === 'Verification')) {
        logger.info({ type: error.type }, 'Sign-in refused');
        return;
      }
      // Auth.js wraps the real failure (a database error, say) in cause.err.
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      logger.error({ err: error, cause }, 'Auth.js error');
    },
    warn(code) {
      logger.warn({ code }, 'Auth.js warning');
    },
    debug() {},
  },
});
