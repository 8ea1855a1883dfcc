import { describe, expect, it } from 'vitest';
import { HIDDEN_SECRET, hideSecretLinks, withSecretLinksHidden } from './secret-links';

const STATUS_TOKEN = 'aB3_-cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5a6';

describe('hideSecretLinks', () => {
  it('hides the token of a candidate’s status link, in text and in an href', () => {
    const text = `Follow it here:\n\nhttps://careers.example.com/applications/status/${STATUS_TOKEN}\n`;
    expect(hideSecretLinks(text)).toBe(`Follow it here:\n\nhttps://careers.example.com/applications/status/${HIDDEN_SECRET}\n`);
    const html = `<a href="https://careers.example.com/applications/status/${STATUS_TOKEN}">Your application</a>`;
    expect(hideSecretLinks(html)).not.toContain(STATUS_TOKEN);
    expect(hideSecretLinks(html)).toContain('>Your application</a>');
  });

  it('hides a set-password token and a sign-in link’s token, also behind an escaped ampersand', () => {
    expect(hideSecretLinks('https://x.example/set-password?token=s3cr3t-Value_1')).toBe(`https://x.example/set-password?token=${HIDDEN_SECRET}`);
    const signIn = 'https://x.example/api/auth/callback/nodemailer?callbackUrl=%2Fdashboard&token=9f8e7d&email=a%40b.example';
    expect(hideSecretLinks(signIn)).toBe(`https://x.example/api/auth/callback/nodemailer?callbackUrl=%2Fdashboard&token=${HIDDEN_SECRET}&email=a%40b.example`);
    const escaped = '<a href="https://x.example/api/auth/callback/nodemailer?callbackUrl=%2F&amp;token=9f8e7d&amp;email=a">Sign in</a>';
    expect(hideSecretLinks(escaped)).toBe(`<a href="https://x.example/api/auth/callback/nodemailer?callbackUrl=%2F&amp;token=${HIDDEN_SECRET}&amp;email=a">Sign in</a>`);
  });

  it('leaves every other link and text alone', () => {
    const body = 'See https://x.example/jobs/backend?utm_source=mail and /applications/status/short, tokens=3, a token= b.';
    expect(hideSecretLinks(body)).toBe(body);
  });
});

describe('withSecretLinksHidden', () => {
  it('hides them in both parts and says so only when there was something to hide', () => {
    const email = { id: 7, text: `Status: https://x.example/applications/status/${STATUS_TOKEN}`, html: `<a href="https://x.example/applications/status/${STATUS_TOKEN}">Status</a>` };
    expect(withSecretLinksHidden(email)).toEqual({
      id: 7,
      text: `Status: https://x.example/applications/status/${HIDDEN_SECRET}`,
      html: `<a href="https://x.example/applications/status/${HIDDEN_SECRET}">Status</a>`,
      secretLinksHidden: true,
    });
    expect(withSecretLinksHidden({ text: 'Thanks', html: '<p>Thanks</p>' })).toEqual({ text: 'Thanks', html: '<p>Thanks</p>', secretLinksHidden: false });
  });
});
