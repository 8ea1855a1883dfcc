import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearPublicPageCache } from '../../lib/public-page-cache';
import { withPublicPageCache } from './serve-public-page';

// A real HTTP server with a stand-in for Next's handler that counts how often it runs.
let calls = 0;
let cookie = false;
function nextLike(req: IncomingMessage, res: ServerResponse) {
  calls++;
  res.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=3600');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  if (cookie) res.setHeader('Set-Cookie', 'session=abc');
  res.writeHead(200, { 'x-nextjs-cache': 'HIT' });
  res.write(`<p>${req.url} #${calls}</p>`);
  res.end(Buffer.from('<p>end</p>'));
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer(withPublicPageCache(nextLike));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  clearPublicPageCache();
  calls = 0;
  cookie = false;
});

describe('withPublicPageCache', () => {
  it("replays Next's answer (status, headers, bytes) until the next invalidation", async () => {
    const first = await fetch(`${base}/jobs`);
    expect(await first.text()).toBe('<p>/jobs #1</p><p>end</p>');
    const second = await fetch(`${base}/jobs`);
    expect(second.headers.get('x-portico-cache')).toBe('HIT');
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await second.text()).toBe('<p>/jobs #1</p><p>end</p>');
    expect(calls).toBe(1);

    clearPublicPageCache();
    expect(await (await fetch(`${base}/jobs`)).text()).toBe('<p>/jobs #2</p><p>end</p>');
  });

  it('passes everything else to the handler every time', async () => {
    for (const path of ['/jobs?q=x', '/jobs?q=x', '/dashboard', '/dashboard']) await (await fetch(`${base}${path}`)).text();
    await (await fetch(`${base}/jobs`, { headers: { rsc: '1' } })).text();
    await (await fetch(`${base}/jobs`, { headers: { rsc: '1' } })).text();
    expect(calls).toBe(6);
  });

  it('never keeps an answer that sets a cookie', async () => {
    cookie = true;
    await (await fetch(`${base}/jobs/a`)).text();
    const again = await fetch(`${base}/jobs/a`);
    expect(again.headers.get('x-portico-cache')).toBeNull();
    expect(calls).toBe(2);
  });
});
