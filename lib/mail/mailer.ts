import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A fixed Message-ID (the outbox derives one per event, so a resend is the same message). */
  messageId?: string;
}

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

export interface MailTransport {
  sendMail(message: MailMessage & { from: string }): Promise<{ messageId?: string }>;
}

/** Mail is on when both SMTP_URL and EMAIL_FROM are set (the same rule as magic links). */
export function mailConfig(): MailConfig | null {
  return env.SMTP_URL && env.EMAIL_FROM ? { smtpUrl: env.SMTP_URL, from: env.EMAIL_FROM } : null;
}

// One pooled connection per SMTP URL for the life of the process.
const transports = new Map<string, MailTransport>();

function smtpTransport(smtpUrl: string): MailTransport {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/**
 * Sends one email. Returns null, sending nothing, when no mail server is configured, so the
 * caller shows the person what the email would have carried (e.g. a set-password link).
 * Throws when the server refuses the message.
 */
export async function sendMail(
  message: MailMessage,
  config: MailConfig | null = mailConfig(),
  transportFor: (smtpUrl: string) => MailTransport = smtpTransport,
): Promise<{ messageId: string } | null> {
  if (!config) return null;
  const info = await transportFor(config.smtpUrl).sendMail({ ...message, from: config.from });
  return { messageId: info.messageId ?? '' };
}
