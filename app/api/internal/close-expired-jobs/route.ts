import { NextResponse, type NextRequest } from 'next/server';
import { authorizationStatus, authorizeAction } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { closeExpiredJobs } from '@/db/queries/close-expired-jobs';
import { loggableError } from '@/lib/logging/loggable-error';
import { isValidSweepToken, SWEEP_TOKEN_HEADER } from '@/lib/jobs/sweep-token';
import { logger } from '@/lib/logger';
import { revalidatePublicJobs } from '@/lib/revalidate-jobs';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Closes the published jobs whose closing date has passed, then refreshes the public pages.
 * Called every ~30 s by this app's own sweep (instrumentation.ts) with a token derived from
 * AUTH_SECRET; an admin may also call it. A route handler, because revalidateTag needs one.
 */
export async function POST(request: NextRequest): Promise<NextResponse> {
  if (!isValidSweepToken(request.headers.get(SWEEP_TOKEN_HEADER), env.AUTH_SECRET)) {
    const auth = await authorizeAction('admin');
    if (!auth.ok) return NextResponse.json({ error: auth.error }, { status: authorizationStatus(auth.error), headers: NO_STORE });
  }
  let closed: Array<{ id: number; slug: string }>;
  try {
    closed = await closeExpiredJobs();
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Closing-date sweep failed');
    return NextResponse.json({ error: 'sweep-failed' }, { status: 500, headers: NO_STORE });
  }
  if (closed.length > 0) {
    revalidatePublicJobs(...closed.map((job) => job.slug));
    logger.info({ jobIds: closed.map((job) => job.id) }, 'Closed jobs past their closing date');
  }
  return NextResponse.json({ closed: closed.map((job) => job.slug) }, { headers: NO_STORE });
}
