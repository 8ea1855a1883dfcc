import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line (and span) of one request or one background job carries. */
export interface LogContext {
  requestId?: string;
  /** The worker's job: pg-boss's job id, or a run id for work it starts itself. */
  jobId?: string;
  queue?: string;
}

// One store per process, kept on globalThis: Next bundles instrumentation.ts and each route
// separately, and a module-level store would be a different one in each bundle.
const KEY = Symbol.for('portico.logContext');
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<LogContext> | undefined>;
const storage = (holder[KEY] ??= new AsyncLocalStorage<LogContext>());

export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

export function runWithLogContext<T>(context: LogContext, fn: () => T): T {
  return storage.run(context, fn);
}

/**
 * For the HTTP server's request-start hook, which runs before the request handler exists:
 * everything the handler does from then on (awaits, timers, its own async work) sees `context`.
 */
export function enterLogContext(context: LogContext): void {
  storage.enterWith(context);
}

// What tracing needs to know about a request but no log line should carry.
const serverActions = new WeakMap<LogContext, string>();

export function setServerAction(context: LogContext, actionId: string): void {
  serverActions.set(context, actionId);
}

export function serverActionOf(context: LogContext): string | undefined {
  return serverActions.get(context);
}
