import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { onAppUrl } from './magic-link';

describe('onAppUrl', () => {
  it('puts the mailed sign-in link on APP_URL, whatever host the request claimed', () => {
    const forged = 'https://evil.example/api/auth/callback/nodemailer?callbackUrl=%2Fdashboard&token=abc123&email=admin%40example.com';
    const link = new URL(onAppUrl(forged));
    expect(link.origin).toBe(new URL(env.APP_URL).origin);
    expect(link.pathname).toBe('/api/auth/callback/nodemailer');
    expect(link.searchParams.get('token')).toBe('abc123');
    expect(link.searchParams.get('email')).toBe('admin@example.com');
    expect(link.searchParams.get('callbackUrl')).toBe('/dashboard');
  });
});
