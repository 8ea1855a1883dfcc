import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@redis/client';
import { runMigrations } from '../../db/migrate';
import { seed } from '../../db/seed';
import { ensureDatabaseExists, startEmbeddedPostgres, type EmbeddedCluster } from '../../scripts/lib/embedded-postgres';
import { nextStartCommand } from '../../scripts/lib/next-start';
import { startNginx } from '../../scripts/lib/topology/nginx';
import { isRunning, startChild, stopChild, waitForOk, type Child } from '../../scripts/lib/topology/processes';

// The production topology on one machine: an embedded PostgreSQL of its own (so a test can
// stop it), the Redis service (a key prefix of this run's own), two `next start` instances of
// the production build, the worker, and nginx with deploy/nginx.conf in front.
//
// TOPOLOGY_PORT (3240): nginx; the instances on +1 and +2, PostgreSQL on +3.
// TOPOLOGY_REDIS_URL (redis://127.0.0.1:6379): the Redis to share. NEXT_DIST_DIR: the build.

const BASE_PORT = Number(process.env.TOPOLOGY_PORT ?? 3240);
const REDIS_URL = process.env.TOPOLOGY_REDIS_URL ?? 'redis://127.0.0.1:6379';
const log = (line: string) => console.log(`[topology] ${line}`);

export interface Instance {
  name: 'A' | 'B';
  port: number;
  base: string;
  child?: Child;
}

export interface Topology {
  proxy: string;
  instances: [Instance, Instance];
  databaseUrl: string;
  authSecret: string;
  redisPrefix: string;
  startInstance: (instance: Instance) => Promise<void>;
  stopInstance: (instance: Instance, signal?: NodeJS.Signals) => Promise<void>;
  stopPostgres: () => Promise<void>;
  startPostgres: () => Promise<void>;
  close: () => Promise<void>;
  /** The last output of every process, for a failure's message. */
  logs: () => string;
}

export async function startTopology(): Promise<Topology> {
  const runId = randomBytes(4).toString('hex');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'portico-topology-'));
  // nginx's workers (nobody, under a root master) reach their cache and temp files through it.
  chmodSync(workDir, 0o755);
  const pgPort = BASE_PORT + 3;
  const pgName = `topology-${runId}`;
  const startPg = () => startEmbeddedPostgres({ projectDir: process.cwd(), name: pgName, port: pgPort, log });
  let pg: EmbeddedCluster | undefined = await startPg();
  const pgDataDir = pg.dataDir;
  const databaseUrl = pg.databaseUrl('portico');
  await ensureDatabaseExists(pg.databaseUrl('postgres'), 'portico');
  await runMigrations(databaseUrl);
  await seed(databaseUrl, { demo: true });

  const authSecret = randomBytes(32).toString('base64url');
  const redisPrefix = `portico-topology-${runId}:`;
  const proxy = `http://127.0.0.1:${BASE_PORT}`;
  const sharedEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '5',
    REDIS_URL,
    REDIS_KEY_PREFIX: redisPrefix,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: 'true',
    APP_URL: proxy,
    // One proxy in front, as deploy/nginx.conf sets X-Forwarded-For.
    TRUSTED_PROXIES: '1',
    // The worker owns the closing-date schedule (as compose.yaml runs it).
    CLOSING_SWEEP_IN_APP: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    // The suite posts hundreds of applications through the one proxy address.
    APPLY_RATE_LIMIT: '1000000',
    // The demo accounts sign in here: a demo server, on purpose.
    SEED_DEMO: 'true',
    SHUTDOWN_GRACE_MS: '10000',
  };
  const instances: [Instance, Instance] = [
    { name: 'A', port: BASE_PORT + 1, base: `http://127.0.0.1:${BASE_PORT + 1}` },
    { name: 'B', port: BASE_PORT + 2, base: `http://127.0.0.1:${BASE_PORT + 2}` },
  ];
  const startInstance = async (instance: Instance) => {
    const command = nextStartCommand(instance.port, '127.0.0.1');
    instance.child = startChild(`instance ${instance.name}`, command.command, command.args, { env: { ...sharedEnv, ...command.env } });
    await waitForOk(`${instance.base}/api/health`, instance.child);
  };
  const stopInstance = async (instance: Instance, signal: NodeJS.Signals = 'SIGTERM') => stopChild(instance.child, signal);

  let worker: Child | undefined;
  let nginx: Child | undefined;
  const close = async () => {
    await stopChild(nginx);
    await Promise.all([stopChild(worker), ...instances.map((i) => stopInstance(i))]);
    await pg?.stop().catch(() => {});
    rmSync(pgDataDir, { recursive: true, force: true });
    const redis = createClient({ url: REDIS_URL });
    await redis.connect().then(
      async () => {
        for await (const keys of redis.scanIterator({ MATCH: `${redisPrefix}*`, COUNT: 500 })) if (keys.length) await redis.del(keys);
        await redis.close();
      },
      () => {},
    );
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    await Promise.all(instances.map(startInstance));
    worker = startChild('worker', process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/worker.ts'], { env: sharedEnv });
    nginx = startNginx(path.join(workDir, 'nginx'), { port: BASE_PORT, upstreams: instances.map((i) => `127.0.0.1:${i.port}`) });
    await waitForOk(`${proxy}/api/health`, nginx);
    if (!isRunning(worker)) throw new Error(`The worker exited:\n${worker.output()}`);
  } catch (error) {
    await close();
    throw error;
  }

  return {
    proxy,
    instances,
    databaseUrl,
    authSecret,
    redisPrefix,
    startInstance,
    stopInstance,
    async stopPostgres() {
      await pg?.stop();
      pg = undefined;
    },
    async startPostgres() {
      pg = await startPg();
    },
    close,
    logs: () => [...instances.map((i) => i.child), worker, nginx].map((c) => (c ? `--- ${c.name}\n${c.output()}` : '')).join('\n'),
  };
}
