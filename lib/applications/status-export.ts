import 'server-only';
import { findSubjectByStatusTokenHash } from '@/db/queries/subject-access';
import { hashStatusToken } from '@/lib/applications/status-token';
import { clientIp } from '@/lib/auth/client-ip';
import { hitRateLimit, type RateLimitRule } from '@/lib/rate-limit';
import { buildSubjectAccessZip, subjectAccessResponse } from '@/lib/subject-access/export';
import { countWrongStatusToken, statusLookupBlocked } from './status-rate-limit';
import { isWellFormedStatusToken } from './status-token';

// The candidate's "Download my data" (subject access) from their status page. The token is the
// credential, as for the page itself. Building the ZIP reads every file, so downloads are
// limited: a few per application per hour, and per client address across applications.
export const EXPORT_PER_APPLICATION: RateLimitRule = { limit: 5, windowMs: 60 * 60_000 };
export const EXPORT_PER_CLIENT: RateLimitRule = { limit: 20, windowMs: 60 * 60_000 };

const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra } });

export async function handleStatusExport(request: Request, token: string): Promise<Response> {
  const ip = clientIp(request.headers);
  if (!isWellFormedStatusToken(token) || (await statusLookupBlocked(ip))) return plain(404, 'Not found');
  const subject = await findSubjectByStatusTokenHash(hashStatusToken(token));
  if (!subject) {
    await countWrongStatusToken(ip);
    return plain(404, 'Not found');
  }
  for (const [key, rule] of [[`subject-access:application:${subject.applicationId}`, EXPORT_PER_APPLICATION], [`subject-access:ip:${ip}`, EXPORT_PER_CLIENT]] as const) {
    const limit = await hitRateLimit(key, rule);
    if (!limit.allowed) {
      return plain(429, `You have downloaded your data several times in the last hour. Please try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`, {
        'Retry-After': String(limit.retryAfterSeconds),
      });
    }
  }
  const zip = await buildSubjectAccessZip(subject.candidateId, 'candidate', { actor: null });
  return zip ? subjectAccessResponse(zip) : plain(404, 'Not found');
}
