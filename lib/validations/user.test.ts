import { describe, expect, it } from 'vitest';
import { inviteUserSchema, setPasswordSchema } from './user';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const token = 'a'.repeat(43);

describe('inviteUserSchema', () => {
  it('normalises the email and needs a known role', () => {
    expect(inviteUserSchema.parse({ name: ' Ada ', email: ' Ada@Example.COM ', role: 'admin' })).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      role: 'admin',
    });
    const result = inviteUserSchema.safeParse({ name: '', email: 'nope', role: 'owner' });
    expect(result.success ? {} : zodFieldErrors(result.error)).toEqual({
      name: ['Enter the person’s name'],
      email: ['Enter an email address like name@example.com'],
      role: ['Choose a role'],
    });
  });
});

describe('setPasswordSchema', () => {
  const parse = (password: string, confirmPassword = password, email = 'ada@example.com') =>
    setPasswordSchema.safeParse({ token, email, password, confirmPassword });

  it('accepts 12 characters or more, spaces included', () => {
    expect(parse('twelve chars').success).toBe(true);
    expect(parse(' eleven char').success).toBe(true);
  });

  it('refuses a short password, the email itself, a mismatch and a malformed token', () => {
    expect(parse('elevenchars').success).toBe(false);
    const asEmail = parse('ADA@example.com ');
    expect(asEmail.success ? {} : zodFieldErrors(asEmail.error)).toEqual({ password: ['Choose a password that isn’t your email address'] });
    const mismatch = parse('a long passphrase', 'a long passphrasE');
    expect(mismatch.success ? {} : zodFieldErrors(mismatch.error)).toEqual({ confirmPassword: ['Enter the same password again'] });
    expect(setPasswordSchema.safeParse({ token: 'short', email: '', password: 'a long passphrase', confirmPassword: 'a long passphrase' }).success).toBe(false);
  });

  it('refuses the demo password the README publishes', () => {
    const published = parse('portico-demo');
    expect(published.success ? {} : zodFieldErrors(published.error)).toEqual({
      password: ['Choose another password: this one is published as the demo password'],
    });
  });
});
