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
  /** An iCalendar invitation: nodemailer's icalEvent (a text/calendar alternative) plus an .ics attachment. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string } | null;
  replyTo?: string | null;
}

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

/** What nodemailer is handed: the message, with the calendar in nodemailer's own shape. */
export interface TransportMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId?: string;
  replyTo?: string;
  icalEvent?: { method: string; filename: string; content: string };
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

export interface MailTransport {
  sendMail(message: TransportMessage): Promise<{ messageId?: string }>;
}

/**
 * Calendar programs read the text/calendar alternative (Accept/Decline buttons); some mail
 * clients only offer an attachment, so the same event is attached as invite.ics as well.
 */
export function transportMessage({ calendar, replyTo, ...message }: MailMessage, from: string): TransportMessage {
  const out: TransportMessage = { ...message, from };
  if (replyTo) out.replyTo = replyTo;
  if (calendar) {
    out.icalEvent = { method: calendar.method, filename: 'invite.ics', content: calendar.ics };
    out.attachments = [{ filename: 'invite.ics', content: calendar.ics, contentType: `application/ics; method=${calendar.method}` }];
  }
  return out;
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
  const info = await transportFor(config.smtpUrl).sendMail(transportMessage(message, config.from));
  return { messageId: info.messageId ?? '' };
}
