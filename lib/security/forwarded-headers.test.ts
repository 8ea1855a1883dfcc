import { describe, expect, it } from 'vitest';
import { dropMalformedForwardedHeaders } from './forwarded-headers';

const cleaned = (init: Record<string, string>) => {
  const headers = new Headers(init);
  dropMalformedForwardedHeaders(headers);
  return Object.fromEntries(headers.entries());
};

describe('dropMalformedForwardedHeaders', () => {
  it('keeps what a proxy sends', () => {
    expect(cleaned({ 'x-forwarded-proto': 'https', 'x-forwarded-port': '443' })).toEqual({ 'x-forwarded-proto': 'https', 'x-forwarded-port': '443' });
    expect(cleaned({ 'x-forwarded-proto': 'https, http', 'x-forwarded-port': '443, 80' })).toEqual({ 'x-forwarded-proto': 'https, http', 'x-forwarded-port': '443, 80' });
  });

  it('drops a scheme or port no proxy would send', () => {
    expect(cleaned({ 'x-forwarded-proto': 'javascript', 'x-forwarded-port': '-1' })).toEqual({});
    expect(cleaned({ 'x-forwarded-proto': 'https, gopher', 'x-forwarded-port': '99999' })).toEqual({});
    expect(cleaned({ 'x-forwarded-port': '80x', host: 'example.com' })).toEqual({ host: 'example.com' });
  });
});
