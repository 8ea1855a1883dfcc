// Auth.js's types, extended with what Portico keeps in a session. The token holds the user id,
// the session version and the server-side session id only; everything else is read from the
// database per request.
export {};

declare module '@auth/core/types' {
  interface Session {
    userId?: string;
    sessionVersion?: number;
    sessionId?: string;
  }
  interface User {
    /** Present on users read from the database (credentials check, adapter). */
    sessionVersion?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
    /** The user_sessions row: signing out revokes it, and with it every copy of this token. */
    sessionId?: string;
  }
}
