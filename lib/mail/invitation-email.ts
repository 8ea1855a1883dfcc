import type { MailMessage } from './mailer';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const EXPIRY = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export interface InvitationEmailInput {
  to: string;
  name: string | null;
  companyName: string;
  url: string;
  expiresAt: Date;
}

/** The set-password invitation. Names come from an admin's form, so they are escaped in the HTML. */
export function invitationEmail({ to, name, companyName, url, expiresAt }: InvitationEmailInput): MailMessage {
  const greeting = name ? `Hello ${name},` : 'Hello,';
  const expires = `${EXPIRY.format(expiresAt)} UTC`;
  const subject = `You’re invited to ${companyName}’s hiring team`;
  const text = [
    greeting,
    '',
    `You have been invited to review candidates for ${companyName}. Choose a password to activate your account:`,
    '',
    url,
    '',
    `The link works once and expires on ${expires}. If you were not expecting it, ignore this email.`,
    '',
  ].join('\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>You have been invited to review candidates for ${escapeHtml(companyName)}. Choose a password to activate your account:</p>`,
    `<p><a href="${escapeHtml(url)}">Set your password</a></p>`,
    `<p>The link works once and expires on ${escapeHtml(expires)}. If you were not expecting it, ignore this email.</p>`,
  ].join('\n');
  return { to, subject, text, html };
}
