import 'server-only';
import type { Deliver } from './drain-outbox';
import { mailConfig, sendMail, type MailConfig } from './mailer';

/** The outbox's sender: SMTP through nodemailer when SMTP_URL and EMAIL_FROM are set, else none. */
export function smtpDeliver(config: MailConfig | null = mailConfig()): Deliver {
  if (!config) return null;
  return async (message) => {
    await sendMail(message, config);
  };
}
