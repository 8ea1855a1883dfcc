import { describe, expect, it } from 'vitest';
import { isWellFormedRequestId, requestIdFrom } from './request-id';

describe('requestIdFrom', () => {
  it('keeps the id nginx sets, and UUIDs', () => {
    expect(requestIdFrom('4f9d0a6a1c2b3e4f5a6b7c8d9e0f1a2b')).toBe('4f9d0a6a1c2b3e4f5a6b7c8d9e0f1a2b');
    expect(requestIdFrom(['0b8e1b62-3b0e-4c1e-9a53-2f1d0c3b4a59'])).toBe('0b8e1b62-3b0e-4c1e-9a53-2f1d0c3b4a59');
  });

  it('replaces a missing, short, long or hostile value with a new 32-hex id', () => {
    for (const value of [undefined, '', 'abc', 'x'.repeat(129), 'id with spaces', 'abc"}\n{"level":60', '<script>alert(1)</script>']) {
      const id = requestIdFrom(value);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(isWellFormedRequestId(id)).toBe(true);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
