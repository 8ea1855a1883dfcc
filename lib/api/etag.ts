import { createHash } from 'node:crypto';
import { corsHeaders } from './cors';

// Reads carry a strong ETag (a hash of the exact body), so a client that sends it back in
// If-None-Match gets a 304 without the body, and a CDN may keep the answer for a minute.

export const READ_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names this ETag (a list, "*", or weak forms of it). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** A public JSON read: 200 with the body, or 304 when the client already holds it. */
export function cachedJsonResponse(request: Request, data: unknown, { cacheControl = READ_CACHE_CONTROL } = {}): Response {
  const body = JSON.stringify(data);
  const etag = strongEtag(body);
  const headers = { ...corsHeaders('read'), 'Cache-Control': cacheControl, ETag: etag, Vary: 'Accept-Encoding' };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
