import { describe, expect, it } from 'vitest';
import { isValidSweepToken, sweepToken } from './sweep-token';

const SECRET = 'a-test-secret-that-is-at-least-32-characters-long';

describe('the sweep token', () => {
  it('is derived from the secret without containing it', () => {
    const token = sweepToken(SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toContain(SECRET);
    expect(sweepToken(SECRET)).toBe(token);
    expect(sweepToken(`${SECRET}x`)).not.toBe(token);
  });

  it('accepts only the exact token of the configured secret', () => {
    const token = sweepToken(SECRET);
    expect(isValidSweepToken(token, SECRET)).toBe(true);
    expect(isValidSweepToken(token.slice(1), SECRET)).toBe(false);
    expect(isValidSweepToken(`${token.slice(0, -1)}A`, SECRET)).toBe(token.endsWith('A'));
    expect(isValidSweepToken(SECRET, SECRET)).toBe(false);
    expect(isValidSweepToken(null, SECRET)).toBe(false);
    expect(isValidSweepToken(token, undefined)).toBe(false);
  });
});
