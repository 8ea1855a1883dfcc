import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugCandidates, slugify } from './slug';

describe('slugify', () => {
  it('turns a title into lowercase words joined by dashes', () => {
    expect(slugify('Senior Software Engineer (Backend)')).toBe('senior-software-engineer-backend');
    expect(slugify('  Data   Analyst — Contract ')).toBe('data-analyst-contract');
  });

  it('drops accents and apostrophes, and spells out "&"', () => {
    expect(slugify('Café Manager')).toBe('cafe-manager');
    expect(slugify("Head of People's Ops")).toBe('head-of-peoples-ops');
    expect(slugify('Sales & Marketing Lead')).toBe('sales-and-marketing-lead');
  });

  it('returns an empty string when no letter or digit is left', () => {
    expect(slugify('!!! ???')).toBe('');
    expect(slugify('日本語')).toBe('');
  });

  it('stays within the length limit without cutting a word', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('word')).toBe(true);
    expect(slugify('x'.repeat(200))).toHaveLength(MAX_SLUG_LENGTH);
  });

  it('always produces slugs the database accepts', () => {
    for (const title of ['C++ Developer', '  -Lead- ', 'Ünïcödé Tëst 2026', 'a--b']) {
      const slug = slugify(title);
      expect(slug === '' || SLUG_PATTERN.test(slug), `${title} → ${slug}`).toBe(true);
    }
  });
});

describe('slugCandidates', () => {
  it('numbers the alternatives and keeps them valid and short enough', () => {
    expect(slugCandidates('designer', 3)).toEqual(['designer', 'designer-2', 'designer-3']);
    const long = slugify('word '.repeat(40));
    for (const candidate of slugCandidates(long)) {
      expect(candidate.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      expect(SLUG_PATTERN.test(candidate)).toBe(true);
    }
  });

  it('falls back to "job" for an empty base', () => {
    expect(slugCandidates('', 2)).toEqual(['job', 'job-2']);
  });
});
