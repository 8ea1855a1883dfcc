import { describe, expect, it } from 'vitest';
import { ALL_JOBS_VIEW, boardViewSegment, parseBoardView } from './board-view';

describe('board view segments', () => {
  it('round-trips every canonical state, unicode included', () => {
    const states = [
      { page: 1 },
      { q: 'enginer', page: 1 },
      { q: 'développeur & ops/“sre”', department: 'engineering', country: 'NL', workplace: 'remote' as const, type: 'full_time' as const, page: 3 },
    ];
    for (const params of states) {
      const segment = boardViewSegment(params);
      expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(parseBoardView(segment)).toEqual(params);
    }
    expect(boardViewSegment({ page: 1 })).toBe(ALL_JOBS_VIEW);
  });

  it('refuses a segment that is not the canonical spelling of its state', () => {
    const nonCanonical = btoa('department=engineering&q=x').replace(/=+$/, ''); // keys out of order
    expect(parseBoardView(nonCanonical)).toBeNull();
    expect(parseBoardView(btoa('q=%20x%20'))).toBeNull(); // padding and untrimmed text
    expect(parseBoardView('not base64!')).toBeNull();
    expect(parseBoardView('')).toBeNull();
    expect(parseBoardView('x'.repeat(401))).toBeNull();
  });
});
