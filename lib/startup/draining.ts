// Whether this instance is shutting down. On globalThis because instrumentation (which sets it)
// and the route bundles (the readiness route reads it) are separate module graphs in one process.
const DRAINING = Symbol.for('portico.draining');
const holder = globalThis as unknown as Record<symbol, boolean | undefined>;

export function isDraining(): boolean {
  return holder[DRAINING] === true;
}

export function startDraining(): void {
  holder[DRAINING] = true;
}
