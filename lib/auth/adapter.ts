import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { Adapter } from 'next-auth/adapters';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- Auth.js's Drizzle adapter is handed the tables it manages
import { PgDatabase } from 'drizzle-orm/pg-core';
import { db } from '@/db';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- Auth.js's Drizzle adapter is handed the tables it manages
import { accounts, sessions, users, verificationTokens } from '@/db/schema';

// db/index.ts exports a lazy proxy (no connection until the first query, so `next build` needs
// no database). DrizzleAdapter picks its dialect from the client's prototype, which the proxy
// hides; this view reports PgDatabase's and still sends every call through the lazy proxy.
const adapterDb = new Proxy(db, { getPrototypeOf: () => PgDatabase.prototype });

const drizzleAdapter = DrizzleAdapter(adapterDb, {
  usersTable: users,
  accountsTable: accounts,
  sessionsTable: sessions,
  verificationTokensTable: verificationTokens,
});

/**
 * Auth.js's view of the users table for OAuth and magic links: emails are matched in the
 * normalised (lower-case) form the table stores, and it can never create a user, whatever a
 * provider sends; the signIn callback refuses unknown people before it would try.
 */
export const authAdapter: Adapter = {
  ...drizzleAdapter,
  getUserByEmail: (email) => drizzleAdapter.getUserByEmail!(email.trim().toLowerCase()),
  createUser: () => {
    throw new Error('Portico does not create users at sign-in');
  },
};
