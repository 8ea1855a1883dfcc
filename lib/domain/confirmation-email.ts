
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export interface ConfirmationEmailInput {
  to: string;
  firstName: string;
  companyName: string;
  jobTitle: string;
  reference: string;
  /** The private status link, absolute. */
  statusUrl: string;
}

/**
 * "We received your application": sent to the candidate from the apply transaction (through
 * the outbox). Names and titles come from people's input, so the HTML escapes every one.
 */
export function applicationConfirmationEmail(input: ConfirmationEmailInput): { to: string; subject: string; text: string; html: string } {
  const { to, firstName, companyName, jobTitle, reference, statusUrl } = input;
  const subject = `We received your application for ${jobTitle}`;
  const text = [
    `Hello ${firstName},`,
    '',
    `Thank you for applying for ${jobTitle} at ${companyName}. Your reference is ${reference}.`,
    '',
    'See where your application stands, withdraw it or delete your data at any time with your private link:',
    '',
    statusUrl,
    '',
    'Keep this link to yourself: anyone who has it can see and withdraw your application.',
    '',
    `— ${companyName}`,
    '',
  ].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(firstName)},</p>`,
    `<p>Thank you for applying for <strong>${escapeHtml(jobTitle)}</strong> at ${escapeHtml(companyName)}. Your reference is <strong>${escapeHtml(reference)}</strong>.</p>`,
    '<p>See where your application stands, withdraw it or delete your data at any time with your private link:</p>',
    `<p><a href="${escapeHtml(statusUrl)}">Check your application status</a></p>`,
    '<p>Keep this link to yourself: anyone who has it can see and withdraw your application.</p>',
    `<p>— ${escapeHtml(companyName)}</p>`,
  ].join('\n');
  return { to, subject, text, html };
}
