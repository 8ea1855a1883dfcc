import { describe, expect, it } from 'vitest';
import { greenhouseResponse, preflight } from './http';

const request = (query = '') => new Request(`https://careers.example.com/api/greenhouse/v1/boards/acme/jobs${query}`);

describe('greenhouseResponse', () => {
  it('answers JSON, public and cached, readable from any origin', async () => {
    const response = greenhouseResponse({ status: 200, body: { jobs: [], meta: { total: 0 } } }, request());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('public, max-age=30, s-maxage=30, stale-while-revalidate=60');
    expect(await response.json()).toEqual({ jobs: [], meta: { total: 0 } });
  });

  it('keeps Greenhouse’s 404 body and status', async () => {
    const response = greenhouseResponse({ status: 404, body: { status: 404, error: 'Job not found' } }, request());
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ status: 404, error: 'Job not found' });
  });

  it('wraps the body for a JSONP callback, and refuses a callback that is not a plain name', async () => {
    const jsonp = greenhouseResponse({ status: 200, body: { a: '</script>' } }, request('?callback=my.cb_1'));
    expect(jsonp.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await jsonp.text()).toBe('/**/my.cb_1({"a":"</script>"});');
    for (const callback of ['alert(1)', 'a-b', '', 'x'.repeat(65)]) {
      const refused = greenhouseResponse({ status: 200, body: {} }, request(`?callback=${encodeURIComponent(callback)}`));
      expect(refused.status, callback).toBe(400);
    }
  });

  it('answers a CORS preflight', () => {
    const response = preflight();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });
});
