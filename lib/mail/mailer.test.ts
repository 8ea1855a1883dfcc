import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { invitationEmail } from './invitation-email';
import { sendMail, type MailTransport } from './mailer';

const message = { to: 'ada@example.com', subject: 'Hi', text: 'Hello', html: '<p>Hello</p>' };

describe('sendMail', () => {
  it('sends nothing and returns null without a mail server', async () => {
    let used = false;
    const result = await sendMail(message, null, () => {
      used = true;
      throw new Error('no transport expected');
    });
    expect(result).toBeNull();
    expect(used).toBe(false);
  });

  it('hands nodemailer a complete message from the configured sender', async () => {
    const sent: string[] = [];
    const transportFor = (): MailTransport => {
      const json = nodemailer.createTransport({ jsonTransport: true });
      return {
        async sendMail(mail) {
          const info = await json.sendMail(mail);
          sent.push(String(info.message));
          return info;
        },
      };
    };
    const result = await sendMail(message, { smtpUrl: 'smtp://localhost:2525', from: 'Portico <jobs@example.com>' }, transportFor);
    expect(result?.messageId).toMatch(/@/);
    const built = JSON.parse(sent[0] ?? '{}') as { from: { address: string }; to: { address: string }[]; subject: string };
    expect(built.from.address).toBe('jobs@example.com');
    expect(built.to[0]?.address).toBe('ada@example.com');
    expect(built.subject).toBe('Hi');
  });
});

describe('invitationEmail', () => {
  it('carries the link and escapes what an admin typed', () => {
    const mail = invitationEmail({
      to: 'ada@example.com',
      name: '<script>alert(1)</script>',
      companyName: 'Acme & Co',
      url: 'https://jobs.example.com/set-password?token=abc_-123',
      expiresAt: new Date('2026-03-12T10:30:00Z'),
    });
    expect(mail.text).toContain('https://jobs.example.com/set-password?token=abc_-123');
    expect(mail.text).toContain('Mar 12, 2026, 10:30 AM UTC');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Acme &amp; Co');
    expect(mail.subject).toBe('You’re invited to Acme & Co’s hiring team');
  });
});
