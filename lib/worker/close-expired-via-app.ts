import 'server-only';
import { CLOSE_EXPIRED_JOBS_PATH, sweepOrigin } from '@/lib/jobs/start-sweep';
import { SWEEP_TOKEN_HEADER, sweepToken } from '@/lib/jobs/sweep-token';

/**
 * The worker's closing-date job asks the app to run the sweep (closeExpiredJobs) rather than
 * running it itself: the public pages' cache can only be refreshed (revalidateTag) inside the
 * Next.js server. Applications stop at the closing date whatever this does: the apply path
 * refuses a job past its closes_at; this only flips the status and refreshes the board.
 */
export async function closeExpiredJobsViaApp(authSecret: string, origin: string = sweepOrigin()): Promise<string[]> {
  const response = await fetch(new URL(CLOSE_EXPIRED_JOBS_PATH, origin), {
    method: 'POST',
    headers: { [SWEEP_TOKEN_HEADER]: sweepToken(authSecret) },
    signal: AbortSignal.timeout(20_000),
  });
  const body = (await response.json().catch(() => ({}))) as { closed?: string[] };
  if (!response.ok) throw new Error(`The closing-date sweep answered ${response.status}`);
  return body.closed ?? [];
}
