import 'server-only';
import { createHash } from 'node:crypto';
import type { EmailConfig } from 'next-auth/providers/email';
import { db } from '@/db';
import type { DbOrTx } from '@/db/client';
import { getSignInCandidateByEmail } from '@/db/queries/users';
import { env } from '@/lib/env';
import { escapeHtml } from '@/lib/escape';
import { logger } from '@/lib/logger';
import { enqueueEmail } from '@/lib/mail/outbox';
import { countRateLimitHits } from '@/db/queries/rate-limits';
import { hitRateLimit, windowStartFor, type RateLimitRule } from '@/lib/rate-limit';
import { clientIp } from './client-ip';
import { accountRateLimitKey } from './credentials';
import type { MagicLinkSettings } from './sign-in-methods';

const LINK_LIFETIME_SECONDS = 15 * 60;
/** Links per address per hour: enough for a lost email, too few to flood an inbox. */
const MAGIC_LINK_ADDRESS_LIMIT: RateLimitRule = { limit: 5, windowMs: 60 * 60_000 };
/** Link requests per client IP, whatever the addresses: each one stores a token. */
export const MAGIC_LINK_IP_LIMIT: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };

const ipKey = (ip: string) => `magic-link:ip:${ip}`;

/**
 * Auth.js builds the link on the request's host, which a client can forge (Host or
 * X-Forwarded-Host behind a proxy that passes them on): the mailed link would then hand the
 * token to the forger's site. The link's path and token are kept, its origin is ours.
 */
export function onAppUrl(url: string): string {
  const parsed = new URL(url);
  return new URL(`${parsed.pathname}${parsed.search}`, env.APP_URL).toString();
}

/** Seconds until this client may ask for links again, or null when it may now (nothing counted). */
export async function magicLinkRequestsBlocked(ip: string, now: Date = new Date()): Promise<number | null> {
  const windowStart = windowStartFor(MAGIC_LINK_IP_LIMIT, now);
  if ((await countRateLimitHits(ipKey(ip), windowStart)) < MAGIC_LINK_IP_LIMIT.limit) return null;
  return Math.max(1, Math.ceil((windowStart.getTime() + MAGIC_LINK_IP_LIMIT.windowMs - now.getTime()) / 1000));
}

/**
 * Queues a sign-in link in the email outbox; the worker sends it. Every address costs the same
 * work here — two counters and a lookup, no SMTP round trip — and only an existing, active user
 * within both limits gets the one extra insert, so the answer's timing does not tell who has an
 * account.
 */
export async function queueMagicLink(
  input: { identifier: string; url: string; ip: string },
  { conn = db, now = new Date() }: { conn?: DbOrTx; now?: Date } = {},
): Promise<void> {
  const perIp = await hitRateLimit(ipKey(input.ip), MAGIC_LINK_IP_LIMIT, { conn, now });
  const perAddress = await hitRateLimit(`magic-link:${accountRateLimitKey(input.identifier)}`, MAGIC_LINK_ADDRESS_LIMIT, { conn, now });
  const user = await getSignInCandidateByEmail(input.identifier, conn);
  if (!user?.active) return;
  if (!perIp.allowed || !perAddress.allowed) {
    logger.warn({ userId: user.id, limit: perIp.allowed ? 'address' : 'ip' }, 'Magic link not sent: too many requests');
    return;
  }
  const minutes = LINK_LIFETIME_SECONDS / 60;
  const link = onAppUrl(input.url);
  // One link, one email: the dedupe key is the token's hash, never the token itself.
  const token = new URL(link).searchParams.get('token') ?? link;
  await conn.transaction((tx) =>
    enqueueEmail(tx, {
      kind: 'magic-link',
      dedupeKey: `magic-link:${createHash('sha256').update(token).digest('hex')}`,
      to: input.identifier,
      subject: 'Your sign-in link',
      text: `Sign in with this link (valid for ${minutes} minutes, once):\n\n${link}\n\nIf you did not ask for it, ignore this email.\n`,
      html: `<p>Sign in with this link (valid for ${minutes} minutes, once):</p><p><a href="${escapeHtml(link)}">Sign in</a></p><p>If you did not ask for it, ignore this email.</p>`,
    }),
  );
}

/**
 * Auth.js's email provider, sending through the outbox instead of SMTP in the request. Only an
 * existing, active user gets a link; for anyone else nothing is queued, but the page says the
 * same "check your email", so the form does not reveal which addresses have accounts.
 */
export function magicLinkProvider(settings: MagicLinkSettings): EmailConfig {
  return {
    id: 'nodemailer',
    type: 'email',
    name: 'Email',
    from: settings.from,
    maxAge: LINK_LIFETIME_SECONDS,
    async sendVerificationRequest({ identifier, url, request }) {
      await queueMagicLink({ identifier, url, ip: clientIp(request.headers) });
    },
  };
}
