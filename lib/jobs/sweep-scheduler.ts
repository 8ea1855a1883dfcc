import 'server-only';
import { SWEEP_TOKEN_HEADER } from './sweep-token';

export interface SweepSchedulerOptions {
  /** The close-expired-jobs route on this app's own origin. */
  url: string;
  token: string;
  intervalMs?: number;
  /** Each wait is the interval ± up to this much, so instances started together drift apart. */
  jitterMs?: number;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  random?: () => number;
  onError?: (error: unknown) => void;
}

/**
 * Asks this app to close the jobs whose closing date has passed, every ~30 s, from inside the
 * server process: no cron or worker to deploy. It posts to a route handler rather than calling
 * the sweep directly because revalidateTag (the public pages' refresh) needs a request scope.
 * A chain of unref'd timeouts rather than setInterval: a slow sweep never overlaps the next,
 * and the timer never keeps a stopping process alive.
 */
export function startSweepScheduler(options: SweepSchedulerOptions): { stop: () => void } {
  const { url, token, intervalMs = 30_000, jitterMs = 5_000, timeoutMs = 20_000, fetchImpl = fetch, random = Math.random } = options;
  const onError = options.onError ?? (() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(tick, Math.max(1_000, intervalMs + Math.round((random() * 2 - 1) * jitterMs)));
    timer.unref?.();
  };

  async function tick() {
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { [SWEEP_TOKEN_HEADER]: token },
        signal: AbortSignal.timeout(timeoutMs),
        cache: 'no-store',
      });
      // Read to the end, so the connection goes back to the pool.
      await response.text();
      if (!response.ok) onError(new Error(`The closing-date sweep answered ${response.status}`));
    } catch (error) {
      onError(error);
    } finally {
      schedule();
    }
  }

  schedule();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
