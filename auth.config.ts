import type { NextAuthConfig } from 'next-auth';
import { DEFAULT_CALLBACK_URL, SIGN_IN_PATH, safeRelativePath } from '@/lib/auth/callback-url';

// The part of the Auth.js configuration that needs no database or Node API: pages, session
// settings and the callbacks that only reshape data. auth.ts adds the providers, the adapter,
// the jwt callback (it records each new session in the database) and the checks that read it.

/** A session lasts this long from sign-in, however active (its user_sessions row expires too). */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export const authConfig = {
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH, verifyRequest: `${SIGN_IN_PATH}/check-email` },
  // JWT sessions (the credentials provider needs them). The token is only a claim of identity:
  // lib/auth/session.ts checks it against user_sessions and users on every request.
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // The app runs behind proxies that set the Host/X-Forwarded-* headers.
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      return { expires: session.expires, userId: token.userId, sessionVersion: token.sessionVersion, sessionId: token.sessionId };
    },
    // Every redirect Auth.js makes (after sign-in, after sign-out) stays on this site.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeRelativePath(path) ?? DEFAULT_CALLBACK_URL}`;
    },
  },
} satisfies NextAuthConfig;
