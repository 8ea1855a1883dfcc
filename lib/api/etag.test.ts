import { describe, expect, it } from 'vitest';
import { cachedJsonResponse, etagMatches, strongEtag } from './etag';

describe('ETags', () => {
  it('are strong, quoted hashes that change with the body', () => {
    expect(strongEtag('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag('{"a":1}')).toBe(strongEtag('{"a":1}'));
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'));
  });

  it('match If-None-Match lists, "*" and weak forms, and nothing else', () => {
    const tag = strongEtag('x');
    expect(etagMatches(`"other", ${tag}`, tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
    expect(etagMatches(`W/${tag}`, tag)).toBe(true);
    expect(etagMatches('"other"', tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
  });

  it('answer 304 without a body when the client holds the current version', async () => {
    const first = cachedJsonResponse(new Request('http://x/'), { a: 1 });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const second = cachedJsonResponse(new Request('http://x/', { headers: { 'if-none-match': etag } }), { a: 1 });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('access-control-allow-origin')).toBe('*');
  });
});
