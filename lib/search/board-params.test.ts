import { describe, expect, it } from 'vitest';
import { boardHref, hasBoardFilters, nonCanonicalBoardHref, parseBoardParams, withAvailableFilters } from './board-params';

describe('parseBoardParams', () => {
  it('reads every filter', () => {
    expect(
      parseBoardParams({ q: ' senior  engineer ', department: 'engineering', country: 'us', workplace: 'remote', type: 'full_time', page: '3' }),
    ).toEqual({ q: 'senior engineer', department: 'engineering', country: 'US', workplace: 'remote', type: 'full_time', page: 3 });
  });

  it('defaults to page 1 and no filters', () => {
    expect(parseBoardParams({})).toEqual({ page: 1 });
  });

  it('drops invalid values without touching the valid ones', () => {
    const params = parseBoardParams({
      q: 'designer',
      department: 'Not a slug!',
      country: 'USA',
      workplace: 'moon',
      type: 'FULL_TIME',
      page: '-2',
    });
    expect(params).toEqual({ q: 'designer', page: 1 });
  });

  it.each(['0', 'abc', '2.5', '', '99999999'])('falls back to page 1 for page=%j', (page) => {
    expect(parseBoardParams({ page }).page).toBe(1);
  });

  it('drops a blank query and cuts a long one at 100 characters', () => {
    expect(parseBoardParams({ q: '   ' }).q).toBeUndefined();
    const long = parseBoardParams({ q: 'a'.repeat(250) }).q;
    expect(long).toHaveLength(100);
  });

  it('takes the first of repeated params', () => {
    expect(parseBoardParams({ q: ['first', 'second'], page: ['2', '5'] })).toEqual({ q: 'first', page: 2 });
  });

  it('ignores unknown params', () => {
    expect(parseBoardParams({ utm_source: 'newsletter' })).toEqual({ page: 1 });
  });
});

describe('boardHref', () => {
  it('is /jobs with nothing set, and for page 1', () => {
    expect(boardHref()).toBe('/jobs');
    expect(boardHref({ page: 1, q: '' })).toBe('/jobs');
  });

  it('lists set params in a fixed order and encodes them', () => {
    expect(boardHref({ page: 2, type: 'contract', q: 'c++ & rust', country: 'DE' })).toBe(
      '/jobs?q=c%2B%2B+%26+rust&country=DE&type=contract&page=2',
    );
  });

  it('round-trips through the parser', () => {
    const params = parseBoardParams({ q: 'data  analyst', department: 'data', workplace: 'hybrid', page: '4' });
    const search = new URLSearchParams(boardHref(params).split('?')[1]);
    expect(parseBoardParams(Object.fromEntries(search))).toEqual(params);
  });
});

describe('hasBoardFilters', () => {
  it('counts filters but not the page', () => {
    expect(hasBoardFilters({ page: 3 })).toBe(false);
    expect(hasBoardFilters({ page: 1, workplace: 'remote' })).toBe(true);
  });
});

describe('nonCanonicalBoardHref', () => {
  const check = (raw: Record<string, string | string[]>) => nonCanonicalBoardHref(raw, parseBoardParams(raw));

  it('accepts a canonical query', () => {
    expect(check({ q: 'enginer', page: '2' })).toBeNull();
    expect(check({})).toBeNull();
  });

  it('cleans up what a GET form submits', () => {
    expect(check({ q: 'enginer', department: '', country: '', workplace: '', type: '' })).toBe('/jobs?q=enginer');
    expect(check({ q: '', department: '', country: '', workplace: '', type: '' })).toBe('/jobs');
  });

  it('redirects page=1, invalid values and repeated params', () => {
    expect(check({ page: '1' })).toBe('/jobs');
    expect(check({ country: 'us' })).toBe('/jobs?country=US');
    expect(check({ workplace: 'moon', type: 'contract' })).toBe('/jobs?type=contract');
    expect(check({ q: ['a', 'b'] })).toBe('/jobs?q=a');
  });

  it('leaves unrelated params alone', () => {
    expect(check({ utm_source: 'newsletter', q: 'design' })).toBeNull();
  });

  it('is stable: the canonical URL needs no further redirect', () => {
    const first = check({ q: '  a   b ', page: '1', department: 'Sales' });
    expect(first).toBe('/jobs?q=a+b&department=sales');
    const search = new URLSearchParams(first!.split('?')[1]);
    expect(check(Object.fromEntries(search))).toBeNull();
  });
});

describe('withAvailableFilters', () => {
  const available = { departments: ['engineering', 'design'], countries: ['US', 'DE'] };

  it('keeps a department and country that have open jobs', () => {
    const params = { q: 'x', department: 'design', country: 'DE', page: 2 };
    expect(withAvailableFilters(params, available)).toEqual(params);
  });

  it('drops the ones that have none, and the redirect then cleans the URL', () => {
    const raw = { department: 'closed-team', country: 'FR', type: 'contract' };
    const params = withAvailableFilters(parseBoardParams(raw), available);
    expect(params).toEqual({ type: 'contract', page: 1 });
    expect(nonCanonicalBoardHref(raw, params)).toBe('/jobs?type=contract');
  });
});
