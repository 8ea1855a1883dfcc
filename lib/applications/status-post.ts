import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/db';
import { deleteApplicationData, withdrawApplication } from '@/db/queries/application-status';
import { clientIp } from '@/lib/auth/client-ip';
import { logger } from '@/lib/logger';
import { getStorage } from '@/lib/storage';
import { loggableError } from '@/lib/logging/loggable-error';
import { countWrongStatusToken, statusLookupBlocked } from './status-rate-limit';
import { hashStatusToken, isWellFormedStatusToken, statusPath } from './status-token';

// The status page's two forms post here (plain HTML forms: they work without JavaScript).
// Route handlers rather than server actions: the page sends `Referrer-Policy: no-referrer`, so
// the browser posts with `Origin: null`, which Next's server-action CSRF check refuses. No CSRF
// check is needed here: the secret token in the path is the credential, and a forged post from
// another site cannot know it.
const NOT_FOUND = () => new NextResponse('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

export async function handleStatusPost(request: NextRequest, token: string, operation: 'withdraw' | 'delete'): Promise<NextResponse> {
  const ip = clientIp(request.headers);
  if (!isWellFormedStatusToken(token) || (await statusLookupBlocked(ip))) return NOT_FOUND();
  let result: string;
  try {
    const tokenHash = hashStatusToken(token);
    result = operation === 'withdraw' ? await withdrawApplication(tokenHash) : await deleteApplicationData(tokenHash, db, getStorage());
  } catch (error) {
    logger.error({ err: loggableError(error), operation }, 'Status page action failed');
    return new NextResponse('Something went wrong. Please try again.', { status: 500, headers: { 'Cache-Control': 'no-store' } });
  }
  if (result === 'not-found') {
    await countWrongStatusToken(ip);
    return NOT_FOUND();
  }
  const target = operation === 'withdraw' ? `${statusPath(token)}?done=withdrawn` : '/applications/deleted';
  // 303: the browser follows with a GET, so a reload never posts again. A relative Location:
  // behind a proxy (or on 127.0.0.1 vs localhost) nextUrl.origin may name another origin, and
  // the site's CSP `form-action 'self'` blocks a form whose redirect leaves the origin.
  return new NextResponse(null, { status: 303, headers: { Location: target, 'Cache-Control': 'no-store' } });
}
