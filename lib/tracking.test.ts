import { describe, expect, it } from 'vitest';
import { trackingFrom, withTracking } from './tracking';

describe('tracking parameters', () => {
  it('picks source, gh_src and utm_* from a query object or URLSearchParams, first value only', () => {
    const tracking = { source: 'linkedin', gh_src: 'a1b2', utm_source: 'news', utm_campaign: 'spring' };
    expect(trackingFrom({ ...tracking, q: 'ignored', utm_medium: ['email', 'second'] })).toEqual({ ...tracking, utm_medium: 'email' });
    expect(trackingFrom(new URLSearchParams('gh_src=x&utm_term=%20&page=2'))).toEqual({ gh_src: 'x' });
  });

  it('cuts values at 200 characters', () => {
    expect(trackingFrom({ source: 'a'.repeat(500) }).source).toHaveLength(200);
  });

  it('appends them to a link, encoded', () => {
    expect(withTracking('/jobs/x/apply', {})).toBe('/jobs/x/apply');
    expect(withTracking('/jobs/x/apply', { gh_src: 'a&b', utm_source: 'news letter' })).toBe('/jobs/x/apply?gh_src=a%26b&utm_source=news+letter');
  });
});
