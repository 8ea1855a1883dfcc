import { describe, expect, it } from 'vitest';
import { applicationConfirmationEmail } from './confirmation-email';

describe('applicationConfirmationEmail', () => {
  const mail = applicationConfirmationEmail({
    to: 'ada@example.com',
    firstName: '<b>Ada</b>',
    companyName: 'Acme & Co',
    jobTitle: 'Engineer "Backend"',
    reference: 'APP-ABCDEFGH',
    statusUrl: 'https://jobs.example.com/applications/status/abc_-DEF',
  });

  it('carries the job, the reference and the private link in both parts', () => {
    expect(mail.subject).toBe('We received your application for Engineer "Backend"');
    expect(mail.text).toContain('Acme & Co');
    expect(mail.text).toContain('APP-ABCDEFGH');
    expect(mail.text).toContain('https://jobs.example.com/applications/status/abc_-DEF');
    expect(mail.html).toContain('href="https://jobs.example.com/applications/status/abc_-DEF"');
  });

  it('escapes what people typed in the HTML', () => {
    expect(mail.html).toContain('&lt;b&gt;Ada&lt;/b&gt;');
    expect(mail.html).toContain('Acme &amp; Co');
    expect(mail.html).toContain('Engineer &quot;Backend&quot;');
    expect(mail.html).not.toContain('<b>Ada');
  });
});
