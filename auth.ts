import { cookies } from 'next/headers';
import NextAuth, { AuthError, CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import type { Provider } from 'next-auth/providers';
import { authConfig, SESSION_MAX_AGE_SECONDS } from '@/auth.config';
import { createUserSession, revokeUserSession } from '@/db/queries/user-sessions';
import { updateUserLastSignIn } from '@/db/queries/users';
import { authAdapter } from '@/lib/auth/adapter';
import { clientIp } from '@/lib/auth/client-ip';
import { authorizeCredentials } from '@/lib/auth/credentials';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, rememberDevice } from '@/lib/auth/device-cookie';
import { SignInRateLimited } from '@/lib/auth/errors';
import { magicLinkProvider } from '@/lib/auth/magic-link';
import { configuredOAuthMethods, magicLinkSettings, type OAuthMethod } from '@/lib/auth/sign-in-methods';
import { mayUseExternalSignIn } from '@/lib/auth/sign-in-policy';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';

// The Node-only half of the Auth.js set-up: providers, the database adapter and the checks
// that read the users table. auth.config.ts holds the rest.

const credentials = Credentials({
  credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
  async authorize(input, request) {
    const cookieStore = await cookies();
    const deviceCookie = cookieStore.get(DEVICE_COOKIE)?.value;
    const result = await authorizeCredentials(input, { ip: clientIp(request.headers), deviceCookie }, { secret: env.AUTH_SECRET });
    if (result.status === 'rate_limited') throw new SignInRateLimited(result.retryAfterSeconds);
    if (result.status !== 'ok') return null;
    if (env.AUTH_SECRET) {
      // From now on this browser is one the user has signed in from (lib/auth/device-cookie.ts).
      cookieStore.set(DEVICE_COOKIE, rememberDevice(deviceCookie, result.user.id, env.AUTH_SECRET), {
        httpOnly: true,
        sameSite: 'lax',
        secure: new URL(env.APP_URL).protocol === 'https:',
        path: '/',
        maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
      });
    }
    return result.user;
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
    async jwt({ token, user }) {
      // On sign-in `user` is the database row (credentials check or adapter): the session gets
      // its server-side record here. Later calls get back the token they made. Nothing else
      // (name, email, picture) goes in the cookie.
      if (!user) return token;
      if (!user.id || typeof user.sessionVersion !== 'number') return null;
      const sessionId = await createUserSession(user.id, SESSION_MAX_AGE_SECONDS);
      return { userId: user.id, sessionVersion: user.sessionVersion, sessionId };
    },
  },
  events: {
    async signIn({ user }) {
      if (user.id) await updateUserLastSignIn(user.id);
    },
    // Every way of signing out (the sign-out page, a POST to /api/auth/signout) ends the
    // session on the server, so a copy of the cookie stops working too.
    async signOut(message) {
      const sessionId = 'token' in message ? message.token?.sessionId : undefined;
      if (typeof sessionId === 'string') await revokeUserSession(sessionId);
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
      // Auth.js wraps the real failure (a database error, say) in cause.err, whose query
      // parameters name the person signing in: kinds and codes only.
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      logger.error({ err: loggableError(error), cause: loggableError(cause), type: error instanceof AuthError ? error.type : undefined }, 'Auth.js error');
    },
    warn(code) {
      logger.warn({ code }, 'Auth.js warning');
    },
    debug() {},
  },
});
