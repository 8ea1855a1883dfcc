// Integration tests against a real PostgreSQL (DATABASE_URL): each test makes its own users.
import { randomUUID } from 'node:crypto';
import type { Account } from 'next-auth';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { accounts } from '@/db/schema';
import { createTestUser, uniqueEmail } from '@/tests/helpers/auth-users';
import { mayUseExternalSignIn, verifiedProviderEmail } from './sign-in-policy';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 4 });
afterAll(() => sql.end());

const oauth = (provider: string, providerAccountId = randomUUID()): Account => ({
  type: provider === 'github' ? 'oauth' : 'oidc',
  provider,
  providerAccountId,
});
const emailAccount = (email: string): Account => ({ type: 'email', provider: 'nodemailer', providerAccountId: email });

describe('mayUseExternalSignIn (OAuth)', () => {
  it('lets an active user in by a verified email the first time', async () => {
    const user = await createTestUser(db);
    const profile = { email: user.email.toUpperCase(), email_verified: true };
    expect(await mayUseExternalSignIn({ user: {}, account: oauth('google'), profile }, db)).toBe(true);
  });

  it('never signs up a stranger', async () => {
    const profile = { email: uniqueEmail(), email_verified: true };
    expect(await mayUseExternalSignIn({ user: {}, account: oauth('google'), profile }, db)).toBe(false);
    expect(await mayUseExternalSignIn({ user: {}, account: oauth('github'), profile }, db)).toBe(false);
  });

  it('refuses an email Google has not verified, and an inactive user', async () => {
    const user = await createTestUser(db);
    const inactive = await createTestUser(db, { active: false });
    expect(await mayUseExternalSignIn({ user: {}, account: oauth('google'), profile: { email: user.email, email_verified: false } }, db)).toBe(false);
    expect(await mayUseExternalSignIn({ user: {}, account: oauth('github'), profile: { email: inactive.email } }, db)).toBe(false);
  });

  it('follows an existing link to its user, whatever email the provider now reports', async () => {
    const user = await createTestUser(db);
    const account = oauth('github');
    await db.insert(accounts).values({ userId: user.id, type: 'oauth', provider: 'github', providerAccountId: account.providerAccountId });
    expect(await mayUseExternalSignIn({ user: {}, account, profile: { email: uniqueEmail() } }, db)).toBe(true);
  });

  it('refuses a linked account whose user was deactivated', async () => {
    const user = await createTestUser(db, { active: false });
    const account = oauth('github');
    await db.insert(accounts).values({ userId: user.id, type: 'oauth', provider: 'github', providerAccountId: account.providerAccountId });
    expect(await mayUseExternalSignIn({ user: {}, account, profile: { email: user.email } }, db)).toBe(false);
  });
});

describe('mayUseExternalSignIn (magic link)', () => {
  it('answers every link request alike, and signs in only active users', async () => {
    const user = await createTestUser(db);
    const inactive = await createTestUser(db, { active: false });
    const stranger = uniqueEmail();
    const request = { email: { verificationRequest: true } };
    expect(await mayUseExternalSignIn({ user: { email: stranger }, account: emailAccount(stranger), ...request }, db)).toBe(true);
    expect(await mayUseExternalSignIn({ user: { email: user.email }, account: emailAccount(user.email) }, db)).toBe(true);
    expect(await mayUseExternalSignIn({ user: { email: inactive.email }, account: emailAccount(inactive.email) }, db)).toBe(false);
    expect(await mayUseExternalSignIn({ user: { email: stranger }, account: emailAccount(stranger) }, db)).toBe(false);
  });
});

describe('verifiedProviderEmail', () => {
  it('normalises the address and trusts Google only when it says verified', () => {
    expect(verifiedProviderEmail('google', { email: ' A@Example.com ', email_verified: true })).toBe('a@example.com');
    expect(verifiedProviderEmail('google', { email: 'a@example.com' })).toBeNull();
    expect(verifiedProviderEmail('github', { email: null })).toBeNull();
  });
});
