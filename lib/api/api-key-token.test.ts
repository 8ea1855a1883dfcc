import { describe, expect, it } from 'vitest';
import { generateApiKeyToken, hashApiKey, readBearerToken } from './api-key-token';

describe('API key tokens', () => {
  it('are high-entropy, prefixed, and stored as their sha256 only', () => {
    const a = generateApiKeyToken();
    const b = generateApiKeyToken();
    expect(a.token).toMatch(/^ptc_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.prefix).toBe(a.token.slice(0, 12));
    expect(a.hash).toBe(hashApiKey(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('read only a well-formed bearer token from the Authorization header', () => {
    const { token } = generateApiKeyToken();
    expect(readBearerToken(`Bearer ${token}`)).toEqual({ kind: 'token', token });
    expect(readBearerToken(`bearer   ${token} `)).toEqual({ kind: 'token', token });
    expect(readBearerToken(null)).toEqual({ kind: 'none' });
    expect(readBearerToken('')).toEqual({ kind: 'none' });
    for (const header of ['Basic abc', `Bearer ${token}x`, 'Bearer ptc_short', `Token ${token}`]) expect(readBearerToken(header)).toEqual({ kind: 'malformed' });
  });
});
