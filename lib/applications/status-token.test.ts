import { describe, expect, it } from 'vitest';
import { createStatusToken, hashStatusToken, isWellFormedStatusToken, statusPath } from './status-token';

describe('status tokens', () => {
  it('are 32 random bytes in base64url, stored as their SHA-256', () => {
    const { token, hash } = createStatusToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isWellFormedStatusToken(token)).toBe(true);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashStatusToken(token));
    expect(createStatusToken().token).not.toBe(token);
    expect(statusPath(token)).toBe(`/applications/status/${token}`);
  });

  it('refuses anything else before a query', () => {
    for (const bad of ['', 'short', `${'a'.repeat(43)}=`, `${'a'.repeat(42)}!`, 'a'.repeat(44), undefined, 42]) {
      expect(isWellFormedStatusToken(bad)).toBe(false);
    }
  });
});
