import type { NextAuthConfig } from 'next-auth';
import { DEFAULT_CALLBACK_URL, SIGN_IN_PATH, safeRelativePath } from '@/lib/auth/callback-url';

// The part of the Auth.js configuration that needs no database or Node API: pages, session
// settings and the token callbacks. auth.ts adds the providers, the adapter and the checks
// that read the database.

export const authConfig = {
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH, verifyRequest: `${SIGN_IN_PATH}/check-email` },
  // JWT sessions (the credentials provider needs them). The token is only a claim of identity:
  // lib/auth/session.ts checks it against the users table on every request.
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
  // The app runs behind proxies that set the Host/X-Forwarded-* headers.
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // On sign-in `user` is the database row (credentials check or adapter); later calls
      // get back the token they made. Nothing else (name, email, picture) goes in the cookie.
      if (user) {
        if (!user.id || typeof user.sessionVersion !== 'number') return null;
        return { userId: user.id, sessionVersion: user.sessionVersion };
      }
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, userId: token.userId, sessionVersion: token.sessionVersion };
    },
    // Every redirect Auth.js makes (after sign-in, after sign-out) stays on this site.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeRelativePath(path) ?? DEFAULT_CALLBACK_URL}`;
    },
  },
} satisfies NextAuthConfig;
