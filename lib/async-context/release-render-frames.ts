import 'server-only';

/**
 * Lets a finished React Server Components render be collected. When a render completes, React
 * aborts its cache signal (`cacheSignal()`) with an Error made inside the setImmediate callback
 * that finished the work. Until something reads that Error's stack, V8 keeps the stack's frames
 * and their receivers, that Immediate among them; Node leaves every Immediate that has run linked
 * to the rest of its batch, and each holds the async context, so the whole render, of the request
 * that scheduled it. With 20 or more renders at once every render then reached the others through
 * those links and none was freed while any was in flight: sustained never-seen searches grew the
 * heap by ~130 KB a request until the load stopped (README, Performance). Reading the stack once
 * turns it into a string and lets the frames go. The root layout calls this for every render.
 */
export function releaseFramesOnAbort(signal: AbortSignal | null): void {
  if (!signal || signal.aborted) return;
  signal.addEventListener(
    'abort',
    () => {
      const reason: unknown = signal.reason;
      if (reason instanceof Error) void reason.stack;
    },
    { once: true },
  );
}
