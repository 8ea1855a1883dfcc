import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { saveEeoAnswersForToken } from '@/db/queries/eeo';
import { countWrongStatusToken, statusLookupBlocked } from '@/lib/applications/status-rate-limit';
import { hashStatusToken, isWellFormedStatusToken, statusPath } from '@/lib/applications/status-token';
import { clientIp } from '@/lib/auth/client-ip';
import { logger } from '@/lib/logger';
import { eeoAnswersSchema } from '@/lib/validations/eeo';

// The status page's self-identification form posts here: a route handler like withdraw and
// delete (lib/applications/status-post.ts says why), the token in the path the credential.
const NOT_FOUND = () => new NextResponse('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
const backTo = (token: string, outcome: string) =>
  new NextResponse(null, { status: 303, headers: { Location: `${statusPath(token)}?eeo=${outcome}#self-identification`, 'Cache-Control': 'no-store' } });

export async function handleEeoPost(request: NextRequest, token: string): Promise<NextResponse> {
  const ip = clientIp(request.headers);
  if (!isWellFormedStatusToken(token) || (await statusLookupBlocked(ip))) return NOT_FOUND();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new NextResponse('Send the form as it is on the page.', { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  const parsed = eeoAnswersSchema.safeParse({ gender: form.get('gender'), race: form.get('race'), veteran: form.get('veteran'), disability: form.get('disability') });
  // Only a hand-made post can send an answer that is not on the form: nothing is saved.
  if (!parsed.success) return backTo(token, 'invalid');
  let result: 'saved' | 'disabled' | 'not-found';
  try {
    result = await saveEeoAnswersForToken(hashStatusToken(token), parsed.data);
  } catch (error) {
    // Never the answers in a log line: only that it failed.
    logger.error({ err: error instanceof Error ? error.message : String(error) }, 'Saving self-identification failed');
    return new NextResponse('Something went wrong. Please try again.', { status: 500, headers: { 'Cache-Control': 'no-store' } });
  }
  if (result === 'not-found') {
    await countWrongStatusToken(ip);
    return NOT_FOUND();
  }
  return backTo(token, result === 'saved' ? 'saved' : 'closed');
}
