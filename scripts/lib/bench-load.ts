import { spawn } from 'node:child_process';
import path from 'node:path';

// Load generation for `npm run bench`: wrk (C, event loop, one OS thread per core) rather than a
// Node client, because the app and the load share two cores here and a JavaScript load
// generator would take half of them. The Lua scripts in ./wrk count answers by status and print
// one JSON line that is parsed here. Nothing here asserts a timing.

const WRK_LIB = path.resolve('scripts', 'lib', 'wrk');

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Mean bytes per response, headers included (wrk counts what it read). */
  bytesPerResponse: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
}

export interface LoadOptions {
  connections?: number;
  seconds?: number;
  /** A script of ./wrk (default get.lua) and its arguments. */
  script?: string;
  args?: string[];
  threads?: number;
}

interface WrkJson {
  requests: number;
  duration_us: number;
  bytes: number;
  p50_us: number;
  p99_us: number;
  errors: number;
  statuses: Record<string, number>;
}

export async function load(url: string, { connections = 50, seconds = 10, script = 'get.lua', args = [], threads = 2 }: LoadOptions = {}): Promise<LoadResult> {
  const wrkArgs = ['-t', String(Math.min(threads, connections)), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', '-s', path.join(WRK_LIB, script), url, '--', ...args];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', wrkArgs, { env: { ...process.env, WRK_LIB }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', (error) => reject(new Error(`wrk could not run (is it installed? apt-get install wrk): ${error.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}:\n${text}`))));
  });
  const line = output.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (!line) throw new Error(`wrk printed no summary:\n${output}`);
  const json = JSON.parse(line.slice('WRK_JSON '.length)) as WrkJson;
  return {
    requests: json.requests,
    rps: json.requests / (json.duration_us / 1e6),
    p50: json.p50_us / 1000,
    p99: json.p99_us / 1000,
    bytesPerResponse: json.requests ? json.bytes / json.requests : 0,
    errors: json.errors,
    statuses: json.statuses,
  };
}

/** Answers outside 2xx/3xx (and 304), which a benchmark figure must not hide. */
export function failures(result: LoadResult): number {
  return Object.entries(result.statuses).reduce((sum, [status, n]) => (Number(status) >= 400 ? sum + n : sum), result.errors);
}
