import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { env } from '@/lib/env';
import { startTestSmtpServer, type TestSmtpServer } from '@/tests/helpers/smtp';
import { createTestUser, uniqueEmail } from '@/tests/helpers/auth-users';
import { MAGIC_LINK_IP_LIMIT, magicLinkProvider, magicLinkRequestsBlocked, onAppUrl, queueMagicLink } from './magic-link';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point at a migrated test database');
const { db, sql } = createDb(url, { max: 4 });
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await sql.end();
});

const someIp = () => `2001:db8:77:${randomBytes(2).toString('hex')}::${randomBytes(2).toString('hex')}`;

/** What Auth.js hands the provider for one "email me a link" request. */
async function requestLink(email: string, ip = someIp()) {
  const provider = magicLinkProvider({ smtpUrl: smtp.url, from: 'Portico <no-reply@example.com>' });
  const token = randomBytes(32).toString('hex');
  const link = `http://forged.example/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: '/dashboard', token, email })}`;
  await provider.sendVerificationRequest({
    identifier: email,
    url: link,
    token,
    expires: new Date(Date.now() + 15 * 60_000),
    provider: { ...provider, server: {}, from: provider.from ?? '', maxAge: 900 } as never,
    theme: {},
    request: new Request('http://localhost/api/auth/signin/nodemailer', { method: 'POST', headers: { 'x-forwarded-for': ip } }),
  });
  return token;
}

const linksTo = (email: string) =>
  db.select({ text: emailOutbox.text, status: emailOutbox.status }).from(emailOutbox).where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.kind, 'magic-link')));

// Issue 10, finding 8: an unknown address returned at once while a known one waited for SMTP.
describe('magic links', () => {
  it('answer known and unknown addresses alike: no SMTP round trip in the request, the link goes to the outbox', async () => {
    const user = await createTestUser(db);
    const stranger = uniqueEmail();
    const token = await requestLink(user.email);
    await requestLink(stranger);
    // Nothing reached the SMTP server while the requests ran, for either address.
    expect(smtp.messages).toHaveLength(0);
    const [queued, ...more] = await linksTo(user.email);
    expect(more).toHaveLength(0);
    expect(queued?.status).toBe('queued');
    expect(queued?.text).toContain(`${new URL(env.APP_URL).origin}/api/auth/callback/nodemailer?`);
    expect(queued?.text).toContain(token);
    expect(await linksTo(stranger)).toHaveLength(0);
  });

  it('sends nothing to an inactive user', async () => {
    const inactive = await createTestUser(db, { active: false });
    await requestLink(inactive.email);
    expect(await linksTo(inactive.email)).toHaveLength(0);
  });

  it('limits link requests per client IP, counting every address alike', async () => {
    // One clock for the whole test, mid-window: a slow run must not straddle two windows.
    const now = new Date(Math.floor(Date.now() / MAGIC_LINK_IP_LIMIT.windowMs) * MAGIC_LINK_IP_LIMIT.windowMs + MAGIC_LINK_IP_LIMIT.windowMs / 2);
    const ip = someIp();
    const ask = (email: string, from = ip) => queueMagicLink({ identifier: email, url: `http://localhost/api/auth/callback/nodemailer?token=${randomBytes(16).toString('hex')}`, ip: from }, { conn: db, now });
    expect(await magicLinkRequestsBlocked(ip, now)).toBeNull();
    for (let i = 0; i < MAGIC_LINK_IP_LIMIT.limit; i += 1) await ask(uniqueEmail());
    expect(await magicLinkRequestsBlocked(ip, now)).toBe(MAGIC_LINK_IP_LIMIT.windowMs / 2 / 1000);
    const user = await createTestUser(db);
    await ask(user.email);
    expect(await linksTo(user.email)).toHaveLength(0);
    // Another client is not held back.
    await ask(user.email, someIp());
    expect(await linksTo(user.email)).toHaveLength(1);
  });
});

describe('onAppUrl', () => {
  it('puts the mailed sign-in link on APP_URL, whatever host the request claimed', () => {
    const forged = 'https://evil.example/api/auth/callback/nodemailer?callbackUrl=%2Fdashboard&token=abc123&email=admin%40example.com';
    const link = new URL(onAppUrl(forged));
    expect(link.origin).toBe(new URL(env.APP_URL).origin);
    expect(link.pathname).toBe('/api/auth/callback/nodemailer');
    expect(link.searchParams.get('token')).toBe('abc123');
    expect(link.searchParams.get('email')).toBe('admin@example.com');
    expect(link.searchParams.get('callbackUrl')).toBe('/dashboard');
  });
});
