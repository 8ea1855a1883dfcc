import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { countWrongStatusToken, statusLookupBlocked } from '@/lib/applications/status-rate-limit';
import { isWellFormedStatusToken, statusPath } from '@/lib/applications/status-token';
import { clientIp } from '@/lib/auth/client-ip';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';
import { pickSlotSchema } from '@/lib/validations/interview';
import { candidateCalendar, pickSlotWithToken } from './candidate';

// The status page's interview routes. Route handlers, like withdraw and delete (see
// lib/applications/status-post.ts for why not server actions); the token in the path is the credential.
const NOT_FOUND = () => new NextResponse('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

/** POST …/interviews/pick (interviewId, slotId): 303 back to the status page saying how it went. */
export async function handlePickPost(request: NextRequest, token: string): Promise<NextResponse> {
  const ip = clientIp(request.headers);
  if (!isWellFormedStatusToken(token) || (await statusLookupBlocked(ip))) return NOT_FOUND();
  const form = await request.formData().catch(() => null);
  const parsed = pickSlotSchema.safeParse({ interviewId: form?.get('interviewId'), slotId: form?.get('slotId') });
  const back = (outcome: string) => new NextResponse(null, { status: 303, headers: { Location: `${statusPath(token)}?interview=${outcome}#interviews`, 'Cache-Control': 'no-store' } });
  if (!parsed.success) return back('choose');
  let outcome: Awaited<ReturnType<typeof pickSlotWithToken>>;
  try {
    outcome = await pickSlotWithToken(token, parsed.data);
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'Slot pick failed');
    return new NextResponse('Something went wrong. Please try again.', { status: 500, headers: { 'Cache-Control': 'no-store' } });
  }
  if (outcome === 'not-found') {
    await countWrongStatusToken(ip);
    return NOT_FOUND();
  }
  return back(outcome);
}

/** GET …/interviews/<id>/calendar: the interview as an .ics file. */
export async function handleCalendarGet(request: NextRequest, token: string, rawInterviewId: string): Promise<NextResponse> {
  const ip = clientIp(request.headers);
  if (!isWellFormedStatusToken(token) || !/^[1-9]\d{0,9}$/.test(rawInterviewId) || (await statusLookupBlocked(ip))) return NOT_FOUND();
  const ics = await candidateCalendar(token, Number(rawInterviewId));
  if (!ics) {
    await countWrongStatusToken(ip);
    return NOT_FOUND();
  }
  return new NextResponse(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="interview.ics"',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  });
}
