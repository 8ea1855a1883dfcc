import type { Instrumentation } from 'next';

// Runs once when a Next.js server starts (`next start` or the standalone server.js)
// — in the Node runtime only, and never during `next build` (Next skips register() there too; the
// check keeps that true whatever Next does next).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.NODE_ENV === 'production') {
    // First: a server that must not serve stops before anything else starts.
    const { enforceProductionChecks } = await import('./lib/startup/production-checks');
    await enforceProductionChecks();
  }
  // Before the first render: how much dead memory V8 may carry before collecting it.
  const [{ limitHeapGrowth }, { env }] = await Promise.all([import('./lib/startup/heap-growth'), import('./lib/env')]);
  limitHeapGrowth(env.HEAP_GROWING_PERCENT);
  // Then observability, so that every request and query after it is observed (request ids, metrics, traces).
  const { registerObservability } = await import('./lib/observability/register');
  await registerObservability();
  // SIGTERM drains this instance (readiness 503, in-flight requests finish, the pool closes).
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const [{ installGracefulShutdown }, { closeDatabase }, { logger }] = await Promise.all([
      import('./lib/startup/graceful-shutdown'),
      import('./db'),
      import('./lib/logger'),
    ]);
    installGracefulShutdown({ graceMs: env.SHUTDOWN_GRACE_MS, closePool: closeDatabase, log: (message, fields) => logger.info(fields ?? {}, `shutdown: ${message}`) });
  }
  // The closing-date sweep needs Node (timers, crypto) and a server to call.
  const { startCloseExpiredJobsSweep } = await import('./lib/jobs/start-sweep');
  startCloseExpiredJobsSweep();
}

// Next calls this for every error it turns into a digest for the browser.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('./lib/observability/request-error');
  logRequestError(error, request, context);
};
