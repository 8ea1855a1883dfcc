import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@redis/client';
import { benchApply, type ApplyBenchResult } from './bench-apply';
import { failures, load, type LoadResult } from './bench-load';
import { nextStartCommand } from './next-start';
import { startNginx } from './topology/nginx';
import { startChild, stopChild, waitForOk, type Child } from './topology/processes';

// `npm run bench -- topology`: the deployment's shape on this machine. nginx (deploy/nginx.conf)
// in front of one, then two `next start` instances sharing Redis; a second nginx serves a static
// copy of each public page (its bytes as the proxy serves them) with the same gzip settings, as
// the yardstick for that page: each page is measured right after its own copy.
// Dynamic pages (a search nobody made before: no cache can answer it) show what a second
// instance adds. All figures come from one run; nothing here asserts a timing.

interface Options {
  databaseUrl: string;
  appDir: string;
  port: number;
  seconds: number;
  connections: number;
  jobPath: string;
  log: (line: string) => void;
}

const STATIC_CONF = (port: number, root: string) => `worker_processes auto;
pid nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path temp/body;
  proxy_temp_path temp/proxy;
  fastcgi_temp_path temp/fastcgi;
  uwsgi_temp_path temp/uwsgi;
  scgi_temp_path temp/scgi;
  sendfile on;
  gzip on; gzip_comp_level 5; gzip_min_length 512; gzip_vary on; gzip_types text/html;
  default_type text/html;
  server { listen 127.0.0.1:${port}; root ${root}; }
}
`;

export async function benchTopology({ databaseUrl, appDir, port, seconds, connections, jobPath, log }: Options): Promise<string> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'portico-bench-topology-'));
  chmodSync(workDir, 0o755);
  const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `portico-bench-${randomBytes(3).toString('hex')}:`;
  const proxy = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    APP_URL: proxy,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    TRUSTED_PROXIES: '1',
    SEED_DEMO: 'true',
    CLOSING_SWEEP_IN_APP: 'false',
    // One client address makes every post here: the per-IP limit has tests of its own.
    APPLY_RATE_LIMIT: '1000000',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const instances: Child[] = [];
  let nginx: Child | undefined;
  let staticNginx: Child | undefined;
  const upstreams = (n: number) => Array.from({ length: n }, (_, i) => `127.0.0.1:${port + 1 + i}`);
  const rows: Array<{ name: string; result: LoadResult; baseline?: LoadResult }> = [];
  const applies: Array<{ name: string; apply: ApplyBenchResult }> = [];
  const measure = async (name: string, url: string, options: { script?: string; baseline?: LoadResult } = {}) => {
    const result = await load(url, { connections, seconds, script: options.script });
    rows.push({ name, result, baseline: options.baseline });
    log(`${name}: ${result.rps.toFixed(0)} req/s`);
    return result;
  };
  try {
    for (let i = 0; i < 2; i++) {
      const command = nextStartCommand(port + 1 + i, '127.0.0.1', appDir);
      const child = startChild(`instance ${i + 1}`, command.command, command.args, { cwd: appDir, env: { ...env, ...command.env } });
      instances.push(child);
      await waitForOk(`http://127.0.0.1:${port + 1 + i}/api/health`, child);
    }
    nginx = startNginx(path.join(workDir, 'proxy'), { port, upstreams: upstreams(2) });
    await waitForOk(`${proxy}/api/health`, nginx);

    // The static yardsticks: each page's own HTML, byte for byte, from disk.
    const pages = [
      { name: 'board `/jobs`', path: '/jobs', file: 'board.html' },
      { name: 'job page', path: jobPath, file: 'job.html' },
      { name: 'apply page', path: `${jobPath}/apply`, file: 'apply.html' },
    ];
    const staticDir = path.join(workDir, 'static');
    mkdirSync(path.join(staticDir, 'temp'), { recursive: true });
    const sizes = new Map<string, number>();
    for (const page of pages) {
      const html = await (await fetch(`${proxy}${page.path}`)).text();
      writeFileSync(path.join(staticDir, page.file), html);
      sizes.set(page.file, Buffer.byteLength(html));
    }
    writeFileSync(path.join(staticDir, 'nginx.conf'), STATIC_CONF(port + 10, staticDir));
    chmodSync(staticDir, 0o755);
    staticNginx = startChild('static nginx', 'nginx', ['-p', `${staticDir}/`, '-c', path.join(staticDir, 'nginx.conf'), '-g', 'daemon off;']);
    await waitForOk(`http://127.0.0.1:${port + 10}/board.html`, staticNginx);

    for (const page of pages) {
      const kb = ((sizes.get(page.file) ?? 0) / 1024).toFixed(0);
      const baseline = await measure(`nginx, static copy of the ${page.name} (${kb} KB)`, `http://127.0.0.1:${port + 10}/${page.file}`);
      await measure(`${page.name} through the proxy`, `${proxy}${page.path}`, { baseline });
    }
    // Repeated searches and filters and the list APIs are public answers: micro-cache hits.
    for (const [name, page] of [
      ['search `/jobs?q=enginer` (repeated)', '/jobs?q=enginer'],
      ['filter `/jobs?department=engineering` (repeated)', '/jobs?department=engineering'],
      ['JSON API `/api/v1/jobs`', '/api/v1/jobs'],
      ['Greenhouse API jobs list', '/api/greenhouse/v1/boards/portico/jobs'],
    ]) {
      await fetch(`${proxy}${page}`);
      await measure(`${name} through the proxy`, `${proxy}${page}`);
    }
    // Never cached: every new search and every application reaches an instance.
    await measure('new search each request, proxy → 2 instances', `${proxy}/jobs`, { script: 'unique-search.lua' });
    const applyTwo = await benchApply({ base: proxy, jobPath, databaseUrl, workDir, connections, seconds });
    applies.push({ name: 'apply post (no JavaScript, 33 KB PDF), proxy → 2 instances', apply: applyTwo });
    rows.push({ name: applies.at(-1)!.name, result: applyTwo.load });
    // The same dynamic load with one instance behind the proxy.
    await stopChild(nginx);
    nginx = startNginx(path.join(workDir, 'proxy-one'), { port, upstreams: upstreams(1) });
    await waitForOk(`${proxy}/api/health`, nginx);
    await measure('new search each request, proxy → 1 instance', `${proxy}/jobs`, { script: 'unique-search.lua' });
    const applyOne = await benchApply({ base: proxy, jobPath, databaseUrl, workDir, connections, seconds });
    applies.push({ name: 'apply post (no JavaScript, 33 KB PDF), proxy → 1 instance', apply: applyOne });
    rows.push({ name: applies.at(-1)!.name, result: applyOne.load });
  } finally {
    await stopChild(nginx);
    await stopChild(staticNginx);
    await Promise.all(instances.map((child) => stopChild(child)));
    const redis = createClient({ url: redisUrl });
    await redis.connect().then(
      async () => {
        for await (const keys of redis.scanIterator({ MATCH: `${redisPrefix}*`, COUNT: 500 })) if (keys.length) await redis.del(keys);
        await redis.close();
      },
      () => {},
    );
    rmSync(workDir, { recursive: true, force: true });
  }

  const rps = (name: string) => rows.find((r) => r.name === name)?.result.rps ?? Number.NaN;
  const ratio = (two: string, one: string) => (rps(two) / rps(one)).toFixed(2);
  const lines = [
    `| topology (${connections} connections, ${seconds} s each) | requests/s | p50 (ms) | p99 (ms) | KB/response | vs its static copy | failed |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ name, result, baseline }) =>
        `| ${name} | ${result.rps.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${(result.bytesPerResponse / 1024).toFixed(1)} | ${baseline ? `${((result.rps / baseline.rps) * 100).toFixed(0)}%` : '—'} | ${failures(result)} |`,
    ),
    '',
    `Two instances vs one: new searches ${ratio('new search each request, proxy → 2 instances', 'new search each request, proxy → 1 instance')}×, ` +
      `applications ${ratio(applies[0]?.name ?? '', applies[1]?.name ?? '')}×.`,
    ...applies.map(({ name, apply }) => {
      const lost = apply.stored < apply.acknowledged;
      if (lost) process.exitCode = 1;
      return `${name}: acknowledged (303) ${apply.acknowledged}, stored ${apply.stored}${lost ? ' — MISMATCH: an acknowledged application is missing' : ''}.`;
    }),
  ];
  return lines.join('\n');
}
