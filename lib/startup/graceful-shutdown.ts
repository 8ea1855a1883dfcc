import 'server-only';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { Server } from 'node:http';
import { startDraining } from './draining';

// SIGTERM (Docker, compose, systemd, our own scripts): readiness answers 503 at once, the HTTP
// server stops accepting connections, requests in flight finish (up to graceMs), then the
// database pool closes and the process exits. Next's own handler would exit without closing the
// pool or bounding the wait, so ours runs instead: scripts/lib/next-start.ts and deploy/Dockerfile
// set NEXT_MANUAL_SIG_HANDLE=true. Next's server object is not reachable from the app, so the
// servers and in-flight requests are learnt from Node's HTTP diagnostics channels.

interface ShutdownOptions {
  graceMs: number;
  closePool: () => Promise<void>;
  log: (message: string, fields?: Record<string, unknown>) => void;
  exit?: (code: number) => void;
}

interface RequestMessage {
  server: Server;
}

const INSTALLED = Symbol.for('portico.gracefulShutdown');

export function installGracefulShutdown({ graceMs, closePool, log, exit = (code) => process.exit(code) }: ShutdownOptions): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;

  const servers = new Set<Server>();
  let inFlight = 0;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    servers.add((message as RequestMessage).server);
    inFlight++;
  });
  diagnosticsChannel.subscribe('http.server.response.finish', () => {
    inFlight = Math.max(0, inFlight - 1);
  });

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    startDraining();
    log('draining: no new connections, finishing requests in flight', { signal, inFlight, graceMs });
    for (const server of servers) server.close();
    const deadline = Date.now() + graceMs;
    // A keep-alive connection is closed as soon as it goes idle, so the proxy opens its next
    // one to another instance instead of waiting on this one.
    while (inFlight > 0 && Date.now() < deadline) {
      for (const server of servers) server.closeIdleConnections();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (inFlight > 0) log('grace period over: closing the remaining connections', { inFlight });
    for (const server of servers) server.closeAllConnections();
    await closePool().catch((error: unknown) => log('could not close the database pool', { err: String(error) }));
    log('stopped');
    exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
}
