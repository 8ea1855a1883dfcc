import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, readableForeground, relativeLuminance } from './color-contrast';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's checker: #767676 on white is 4.54:1, #4f46e5 (the default accent) 6.29:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#4f46e5', '#ffffff')).toBeCloseTo(6.29, 2);
  });

  it('is symmetric and ignores hex case', () => {
    expect(contrastRatio('#4F46E5', '#fff000')).toBeCloseTo(contrastRatio('#fff000', '#4f46e5'), 10);
  });

  it('refuses anything but #rrggbb', () => {
    expect(() => relativeLuminance('#fff')).toThrow();
    expect(() => relativeLuminance('red')).toThrow();
  });
});

describe('readableForeground', () => {
  it.each([
    ['#4f46e5', '#ffffff'],
    ['#000000', '#ffffff'],
    ['#ffffff', '#000000'],
    ['#facc15', '#000000'],
    ['#0f766e', '#ffffff'],
  ])('picks %s → %s', (background, expected) => {
    expect(readableForeground(background)).toBe(expected);
  });

  it('reaches 4.5:1 on every grey, the hardest backgrounds', () => {
    for (let v = 0; v <= 255; v += 1) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrastRatio(hex, readableForeground(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('formatRatio', () => {
  it('rounds down', () => {
    expect(formatRatio(4.499)).toBe('4.4:1');
    expect(formatRatio(21)).toBe('21.0:1');
  });
});
