import 'server-only';
import type { EmailConfig } from 'next-auth/providers/email';
import { getSignInCandidateByEmail } from '@/db/queries/users';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { hitRateLimit, type RateLimitRule } from '@/lib/rate-limit';
import { accountRateLimitKey } from './credentials';
import type { MagicLinkSettings } from './sign-in-methods';

const LINK_LIFETIME_SECONDS = 15 * 60;
/** Links per address per hour: enough for a lost email, too few to flood an inbox. */
const MAGIC_LINK_LIMIT: RateLimitRule = { limit: 5, windowMs: 60 * 60_000 };

interface Transport {
  sendMail(message: { to: string; from: string; subject: string; text: string; html: string }): Promise<unknown>;
}

// nodemailer is optional: it is only loaded (at run time, unbundled) when a link is sent, so
// the app builds and runs without it when magic links are off.
async function createTransport(smtpUrl: string): Promise<Transport> {
  try {
    const specifier = 'nodemailer';
    const nodemailer = (await import(/* webpackIgnore: true */ specifier)) as {
      createTransport(url: string): Transport;
      default?: { createTransport(url: string): Transport };
    };
    return (nodemailer.default ?? nodemailer).createTransport(smtpUrl);
  } catch (error) {
    throw new Error('Magic links need the `nodemailer` package: run `npm install nodemailer`.', { cause: error });
  }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Auth.js builds the link on the request's host, which a client can forge (Host or
 * X-Forwarded-Host behind a proxy that passes them on): the mailed link would then hand the
 * token to the forger's site. The link's path and token are kept, its origin is ours.
 */
export function onAppUrl(url: string): string {
  const parsed = new URL(url);
  return new URL(`${parsed.pathname}${parsed.search}`, env.APP_URL).toString();
}

/**
 * Auth.js's email provider without its static nodemailer import. Only an existing, active user
 * gets a link; for anyone else nothing is sent, but the page says the same "check your email",
 * so the form does not reveal which addresses have accounts.
 */
export function magicLinkProvider(settings: MagicLinkSettings): EmailConfig {
  return {
    id: 'nodemailer',
    type: 'email',
    name: 'Email',
    from: settings.from,
    maxAge: LINK_LIFETIME_SECONDS,
    async sendVerificationRequest({ identifier, url }) {
      const user = await getSignInCandidateByEmail(identifier);
      if (!user?.active) return;
      const limit = await hitRateLimit(`magic-link:${accountRateLimitKey(identifier)}`, MAGIC_LINK_LIMIT);
      if (!limit.allowed) {
        logger.warn({ userId: user.id }, 'Magic link not sent: too many requests for this address');
        return;
      }
      const transport = await createTransport(settings.smtpUrl);
      const minutes = LINK_LIFETIME_SECONDS / 60;
      const link = onAppUrl(url);
      await transport.sendMail({
        to: identifier,
        from: settings.from,
        subject: 'Your sign-in link',
        text: `Sign in with this link (valid for ${minutes} minutes, once):\n\n${link}\n\nIf you did not ask for it, ignore this email.\n`,
        html: `<p>Sign in with this link (valid for ${minutes} minutes, once):</p><p><a href="${escapeHtml(link)}">Sign in</a></p><p>If you did not ask for it, ignore this email.</p>`,
      });
    },
  };
}
