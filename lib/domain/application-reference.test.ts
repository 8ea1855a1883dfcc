import { describe, expect, it } from 'vitest';
import { generateReference, isApplicationReference, REFERENCE_ALPHABET } from './application-reference';

describe('application references', () => {
  it('look like APP- and 8 unambiguous symbols', () => {
    for (let i = 0; i < 200; i += 1) {
      const reference = generateReference();
      expect(reference).toMatch(/^APP-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/);
      expect(isApplicationReference(reference)).toBe(true);
    }
    expect(REFERENCE_ALPHABET).not.toMatch(/[01IO]/);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(32);
  });

  it('do not repeat', () => {
    const references = new Set(Array.from({ length: 5000 }, generateReference));
    expect(references.size).toBe(5000);
  });

  it('refuses anything else as a ref', () => {
    for (const value of ['APP-O0000000', 'app-ABCDEFGH', 'APP-ABCDEFG', 'APP-ABCDEFGHJ', '', undefined, ['APP-ABCDEFGH']]) {
      expect(isApplicationReference(value), String(value)).toBe(false);
    }
  });
});
