import { escapeHtml } from '@/lib/domain/template-render';

// The hiring team's emails about new applications. Names come from the public apply form, so
// every value is escaped in the HTML; the plain-text part is literal.

export interface NewApplicationItem {
  applicationId: number;
  candidateName: string;
  jobTitle: string;
  submittedAt: Date;
}

const link = (appUrl: string, applicationId: number) => new URL(`/dashboard/applications/${applicationId}`, appUrl).toString();
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

export function newApplicationEmail(item: NewApplicationItem, companyName: string, appUrl: string) {
  const url = link(appUrl, item.applicationId);
  const name = oneLine(item.candidateName);
  const title = oneLine(item.jobTitle);
  return {
    subject: `New application for ${title}: ${name}`,
    text: `${name} applied for ${title} at ${companyName}.\n\nReview the application: ${url}\n\nYou get one email per application. Change this in your settings: ${new URL('/dashboard/settings', appUrl).toString()}\n`,
    html: [
      `<p>${escapeHtml(name)} applied for ${escapeHtml(title)} at ${escapeHtml(companyName)}.</p>`,
      `<p><a href="${escapeHtml(url)}">Review the application</a></p>`,
      `<p>You get one email per application. <a href="${escapeHtml(new URL('/dashboard/settings', appUrl).toString())}">Change this in your settings</a>.</p>`,
    ].join('\n'),
  };
}

/** At most this many lines in one digest; the rest are counted, so the email stays readable. */
export const DIGEST_MAX_ITEMS = 50;

export function digestEmail(items: NewApplicationItem[], companyName: string, appUrl: string) {
  const count = items.length;
  const shown = items.slice(0, DIGEST_MAX_ITEMS);
  const more = count - shown.length;
  const subject = `${count} new application${count === 1 ? '' : 's'} at ${companyName}`;
  const settingsUrl = new URL('/dashboard/settings', appUrl).toString();
  const lines = shown.map((item) => `- ${oneLine(item.candidateName)}, ${oneLine(item.jobTitle)}: ${link(appUrl, item.applicationId)}`);
  const text = [
    `New applications on your jobs since your last digest:`,
    '',
    ...lines,
    ...(more > 0 ? ['', `…and ${more} more on the dashboard: ${new URL('/dashboard', appUrl).toString()}`] : []),
    '',
    `You get this digest once a day. Change this in your settings: ${settingsUrl}`,
    '',
  ].join('\n');
  const html = [
    '<p>New applications on your jobs since your last digest:</p>',
    `<ul>${shown
      .map((item) => `<li><a href="${escapeHtml(link(appUrl, item.applicationId))}">${escapeHtml(oneLine(item.candidateName))}</a>, ${escapeHtml(oneLine(item.jobTitle))}</li>`)
      .join('')}</ul>`,
    ...(more > 0 ? [`<p>…and ${more} more on <a href="${escapeHtml(new URL('/dashboard', appUrl).toString())}">the dashboard</a>.</p>`] : []),
    `<p>You get this digest once a day. <a href="${escapeHtml(settingsUrl)}">Change this in your settings</a>.</p>`,
  ].join('\n');
  return { subject, text, html };
}
