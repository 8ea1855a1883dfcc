import { spawn, type ChildProcess } from 'node:child_process';

// Child processes of the topology suite: each in its own process group, so stopping one never
// touches anything else, and its output kept for the failure message.

export interface Child {
  name: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<void>;
}

export function startChild(name: string, command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Child {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { name, process: child, output: () => output, exited };
}

export function isRunning(child: Child | undefined): boolean {
  return Boolean(child?.process.pid) && child?.process.exitCode === null && child?.process.signalCode === null;
}

/** Signals the child's whole group and waits (up to timeoutMs, then SIGKILL) for it to exit. */
export async function stopChild(child: Child | undefined, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000): Promise<void> {
  if (!child || !isRunning(child) || !child.process.pid) return;
  const pid = child.process.pid;
  try {
    process.kill(-pid, signal);
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }, timeoutMs);
  await child.exited;
  clearTimeout(timer);
}

export async function waitForOk(url: string, child: Child | undefined, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && !isRunning(child)) throw new Error(`${child.name} exited during start-up:\n${child.output()}`);
    if (await fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s${child ? `:\n${child.output()}` : ''}`);
}
