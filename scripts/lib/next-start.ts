import path from 'node:path';

/**
 * How to run the production server in a child process: Next's own `next start` (`npm start`, the
 * e2e suite, the bench and the topology suite all serve the app this way). Node runs Next's CLI
 * directly, not through npx, so the pid we signal is the server itself (SIGTERM drains it, see
 * lib/startup/graceful-shutdown.ts). `-H` because `next start` ignores HOSTNAME; HOSTNAME is
 * passed too, for the start-up checks and for the standalone server.js, which reads only that.
 */
export function nextStartCommand(port: string | number, hostname: string, cwd: string = process.cwd()): { command: string; args: string[]; env: Record<string, string> } {
  return {
    command: process.execPath,
    args: [path.join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--port', String(port), '--hostname', hostname],
    env: { HOSTNAME: hostname, PORT: String(port), NEXT_MANUAL_SIG_HANDLE: 'true' },
  };
}
