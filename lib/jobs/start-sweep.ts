import 'server-only';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';
import { startSweepScheduler } from './sweep-scheduler';
import { sweepToken } from './sweep-token';

export const CLOSE_EXPIRED_JOBS_PATH = '/api/internal/close-expired-jobs';

// Dev's hot reload can run register() again in the same process; one sweep per process is enough.
const globalForSweep = globalThis as unknown as { porticoCloseExpiredJobsSweep?: { stop: () => void } };

/**
 * This instance's own address when Next has told us its port (it sets PORT when it starts
 * listening): no proxy, TLS or public DNS between the app and itself. APP_URL otherwise.
 */
export function sweepOrigin(port: string | undefined = process.env.PORT): string {
  return port && /^\d+$/.test(port) ? `http://127.0.0.1:${port}` : env.APP_URL;
}

/** Started by instrumentation.ts in the Node.js server runtime. */
export function startCloseExpiredJobsSweep(): void {
  if (globalForSweep.porticoCloseExpiredJobsSweep) return;
  // The background worker (lib/worker) owns the schedule when `npm run dev`/`npm start` run one.
  if (env.CLOSING_SWEEP_IN_APP === false) {
    logger.info('Closing-date sweep left to the background worker');
    return;
  }
  if (!env.AUTH_SECRET) {
    // Applications still stop on time (the apply path checks closes_at); only the status flip waits.
    logger.warn('AUTH_SECRET is not set: jobs past their closing date are not marked closed automatically');
    return;
  }
  const url = new URL(CLOSE_EXPIRED_JOBS_PATH, sweepOrigin()).href;
  globalForSweep.porticoCloseExpiredJobsSweep = startSweepScheduler({
    url,
    token: sweepToken(env.AUTH_SECRET),
    onError: (error) => logger.warn({ err: loggableError(error), url }, 'Closing-date sweep failed'),
  });
  logger.info({ url }, 'Closing-date sweep started');
}
