import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { nextStartCommand } from './next-start';

// One app instance for the bench, in its own process group so stopping it never touches anything
// else. A topology mode (several instances behind the proxy) can start more of these.

export interface BenchServer {
  base: string;
  child: ChildProcess;
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error('The server exited during start-up');
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

/** Starts the production server of the checkout in `cwd` (its own build) on 127.0.0.1:`port`. */
export async function startBenchServer({ port, cwd, env }: { port: number; cwd: string; env: Record<string, string> }): Promise<BenchServer> {
  const production = nextStartCommand(port, '127.0.0.1', cwd);
  const child = spawn(production.command, production.args, {
    cwd,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn', ...env, ...production.env },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, child);
  return { base, child };
}

export async function stopBenchServer(server: BenchServer | undefined): Promise<void> {
  const child = server?.child;
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/**
 * A process's /proc/<pid>/stat from field 3 on (proc(5)): after the parenthesised command name,
 * so [0] is the state, [2] the process group, [11] and [12] utime and stime. Null once it ended.
 */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The pids of the server's process group (Next may run its server in a child). */
function groupPids(server: BenchServer): number[] {
  const group = server.child.pid;
  if (!group) return [];
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(statFields(name)?.[2]) === group)
    .map(Number);
}

/** Resident memory of the server's process group, in MB. */
export function residentMegabytes(server: BenchServer): number {
  let kilobytes = 0;
  for (const pid of groupPids(server)) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kilobytes += Number(rss?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return kilobytes / 1024;
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/**
 * CPU time (user + system, all threads) the server's process group has used so far, in seconds.
 * Read before and after a load, it gives the server's CPU per request: on a shared machine that
 * figure moves far less than requests per second, which the neighbours' load sets as much as
 * the app does. (Time PostgreSQL spends is not in it.)
 */
function serverCpuSeconds(server: BenchServer): number {
  let ticks = 0;
  for (const pid of groupPids(server)) {
    const fields = statFields(pid);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLOCK_TICKS;
}

/** Runs `load` and returns its result with the CPU seconds the server used meanwhile. */
export async function withServerCpu<T>(server: BenchServer, load: () => Promise<T>): Promise<[T, number]> {
  const before = serverCpuSeconds(server);
  const result = await load();
  return [result, serverCpuSeconds(server) - before];
}

/** CPU seconds over a load as milliseconds per request, for the bench's tables. */
export function cpuMsPerRequest(seconds: number, requests: number): string {
  if (!requests) return '–';
  const ms = (seconds * 1000) / requests;
  return ms.toFixed(ms < 1 ? 2 : 1);
}
