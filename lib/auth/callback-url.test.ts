import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLBACK_URL, safeRelativePath, sanitizeCallbackUrl, signInPath } from './callback-url';

describe('sanitizeCallbackUrl', () => {
  it.each([
    ['/dashboard', '/dashboard'],
    ['/dashboard/jobs/12?tab=applicants#notes', '/dashboard/jobs/12?tab=applicants#notes'],
    ['/admin', '/admin'],
    ['/', '/'],
  ])('keeps the path %s', (input, expected) => {
    expect(sanitizeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/dashboard'],
    ['a protocol-relative URL', '//evil.example/dashboard'],
    ['a backslash host', '/\\evil.example'],
    ['a backslash later on', '/dashboard\\..\\x'],
    ['a tab that browsers drop', '/\t/evil.example'],
    ['a newline', '/\n/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path without a slash', 'dashboard'],
    ['an empty string', ''],
    ['a non-string', ['/dashboard']],
    ['null', null],
    ['the sign-in page', '/sign-in?callbackUrl=%2Fdashboard'],
    ['a page under sign-in', '/sign-in/check-email'],
    ['an over-long value', `/${'a'.repeat(3000)}`],
  ])('refuses %s', (_case, input) => {
    expect(sanitizeCallbackUrl(input)).toBe(DEFAULT_CALLBACK_URL);
  });

  it('uses the given fallback', () => {
    expect(sanitizeCallbackUrl('//evil.example', '/jobs')).toBe('/jobs');
  });

  it('normalises dot segments instead of letting them climb out', () => {
    expect(sanitizeCallbackUrl('/dashboard/../../admin')).toBe('/admin');
  });

  it('lets Auth.js redirect to the sign-in page after signing out', () => {
    expect(safeRelativePath('/sign-in')).toBe('/sign-in');
    expect(safeRelativePath('//evil.example')).toBeNull();
  });
});

describe('signInPath', () => {
  it('encodes the path and its query', () => {
    expect(signInPath('/dashboard')).toBe('/sign-in?callbackUrl=%2Fdashboard');
    expect(signInPath('/admin/users?page=2')).toBe('/sign-in?callbackUrl=%2Fadmin%2Fusers%3Fpage%3D2');
  });

  it('never carries an unsafe target', () => {
    expect(signInPath('//evil.example')).toBe('/sign-in?callbackUrl=%2Fdashboard');
  });
});
