import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlainServer } from '@/tests/helpers/plain-server';
import { currentLogContext } from './log-context';
import { installRequestIdHook } from './request-id-hook';

// A plain Node HTTP server stands in for Next's: the hook works on any server in the process.
let server: Awaited<ReturnType<typeof startPlainServer>>;
let base: string;

beforeAll(async () => {
  installRequestIdHook();
  server = await startPlainServer(async (request, response) => {
    const early = currentLogContext()?.requestId;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ early, late: currentLogContext()?.requestId, header: request.headers['x-request-id'] }));
  });
  base = server.base;
});

afterAll(() => server.close());

describe('the request id hook', () => {
  it('gives each of many concurrent requests its own id, seen by the handler throughout and sent back', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const response = await fetch(base);
        return { sent: response.headers.get('x-request-id'), timing: response.headers.get('server-timing'), ...((await response.json()) as Record<string, string>) };
      }),
    );
    for (const answer of answers) {
      expect(answer.sent).toMatch(/^[0-9a-f]{32}$/);
      expect(answer).toMatchObject({ early: answer.sent, late: answer.sent, header: answer.sent, timing: `request;desc="${answer.sent}"` });
    }
    expect(new Set(answers.map((a) => a.sent)).size).toBe(30);
  });

  it('keeps a well-formed id from the proxy and replaces one that is not', async () => {
    const kept = await fetch(base, { headers: { 'X-Request-Id': 'f00dfeedf00dfeedf00dfeedf00dfeed' } });
    expect(kept.headers.get('x-request-id')).toBe('f00dfeedf00dfeedf00dfeedf00dfeed');
    const replaced = await fetch(base, { headers: { 'X-Request-Id': 'no good, "quoted"' } });
    const body = (await replaced.json()) as { header: string };
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(body.header).toBe(replaced.headers.get('x-request-id'));
  });
});
