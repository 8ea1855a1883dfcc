import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';

// Issue 10, findings 1 and 2, as an operator meets them: Next's own production server, started
// on the suite's database (which holds the demo accounts), refuses to run and says why. The
// checks run in instrumentation.ts, so `next start` and the standalone server.js both get them.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function nextStart(hostname: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', hostname], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, AUTH_SECRET: randomBytes(32).toString('base64url'), LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const timeout = new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 45_000));
  const outcome = await Promise.race([exited, timeout]);
  if (outcome === 'running' && child.pid) process.kill(-child.pid, 'SIGKILL');
  return { code: outcome === 'running' ? null : outcome, output };
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(90_000);

test('refuses to serve while a demo account has the published password, unless SEED_DEMO=true', async () => {
  const run = await nextStart('127.0.0.1', { SEED_DEMO: '', TRUSTED_PROXIES: '' });
  expect(run.code, run.output).toBe(1);
  expect(run.output).toContain('Portico will not start in production');
  expect(run.output).toContain('admin@example.com (admin)');
  expect(run.output).toContain('npm run create-admin');
});

test('refuses to listen on every interface without TRUSTED_PROXIES', async () => {
  const run = await nextStart('0.0.0.0', { SEED_DEMO: 'true', TRUSTED_PROXIES: '' });
  expect(run.code, run.output).toBe(1);
  expect(run.output).toContain('It would listen on 0.0.0.0 without TRUSTED_PROXIES');
  expect(run.output).not.toContain('demo password');
});
