import { beforeEach, describe, expect, it } from 'vitest';
import { clearPublicPageCache, getPublicPage, PUBLIC_PAGE_TTL_MS, publicPageGeneration, publicPageKey, putPublicPage } from './public-page-cache';

const page = (headers: Record<string, string> = {}, status = 200) => ({
  status,
  headers: { 'cache-control': 's-maxage=3600, stale-while-revalidate=3600', 'content-type': 'text/html', date: 'Sun, 29 Nov 2026 07:00:00 GMT', ...headers },
  body: Buffer.from('<html>board</html>'),
});

beforeEach(() => clearPublicPageCache());

describe('publicPageKey', () => {
  it.each([
    [{ method: 'GET', url: '/jobs', headers: {} }, 'identity /jobs'],
    [{ method: 'GET', url: '/jobs/senior-software-engineer-backend', headers: { 'accept-encoding': 'gzip, deflate, br' } }, 'gzip /jobs/senior-software-engineer-backend'],
    [{ method: 'HEAD', url: '/jobs', headers: {} }, 'identity /jobs'],
  ])('keys the public page %j', (request, key) => expect(publicPageKey(request)).toBe(key));

  it.each([
    { method: 'POST', url: '/jobs/a', headers: {} },
    { method: 'GET', url: '/jobs?q=enginer', headers: {} },
    { method: 'GET', url: '/jobs/a/apply', headers: {} },
    { method: 'GET', url: '/jobs/A', headers: {} },
    { method: 'GET', url: '/dashboard', headers: {} },
    { method: 'GET', url: '/jobs', headers: { rsc: '1' } },
    { method: 'GET', url: '/jobs', headers: { 'next-router-prefetch': '1' } },
    { method: 'GET', url: '/jobs', headers: { authorization: 'Bearer x' } },
  ])('never answers %j from the cache', (request) => expect(publicPageKey(request)).toBeNull());
});

describe('putPublicPage / getPublicPage', () => {
  it('keeps a shareable 200 without its per-response headers, for TTL at most', () => {
    expect(putPublicPage('identity /jobs', publicPageGeneration(), page())).toBe(true);
    const hit = getPublicPage('identity /jobs');
    expect(hit?.body.toString()).toBe('<html>board</html>');
    expect(hit?.headers).toEqual({ 'cache-control': 's-maxage=3600, stale-while-revalidate=3600', 'content-type': 'text/html' });
    expect(getPublicPage('identity /jobs', Date.now() + PUBLIC_PAGE_TTL_MS + 1)).toBeNull();
  });

  it('refuses what is not for everyone: other statuses, Set-Cookie, no s-maxage', () => {
    expect(putPublicPage('a', publicPageGeneration(), page({}, 404))).toBe(false);
    expect(putPublicPage('b', publicPageGeneration(), page({ 'set-cookie': 'x=1' }))).toBe(false);
    expect(putPublicPage('c', publicPageGeneration(), page({ 'cache-control': 'private, no-store' }))).toBe(false);
    expect(getPublicPage('a') ?? getPublicPage('b') ?? getPublicPage('c')).toBeNull();
  });

  it('forgets everything on an invalidation, and refuses a render that began before it', () => {
    const before = publicPageGeneration();
    putPublicPage('identity /jobs', before, page());
    clearPublicPageCache();
    expect(getPublicPage('identity /jobs')).toBeNull();
    expect(putPublicPage('identity /jobs', before, page())).toBe(false);
    expect(putPublicPage('identity /jobs', publicPageGeneration(), page())).toBe(true);
  });
});
