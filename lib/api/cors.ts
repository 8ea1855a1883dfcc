// The API is called from any site's browser: reads and the apply endpoint allow every origin.
// No cookies are ever read by /api/v1, so "*" cannot lend a visitor's session to another site.

export type CorsKind = 'read' | 'write';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match';
const EXPOSED_HEADERS = 'ETag, Retry-After, Idempotency-Replayed, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset';

export function corsHeaders(kind: CorsKind): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': kind === 'read' ? 'GET, HEAD, OPTIONS' : 'POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  };
}

/** The answer to a CORS preflight; browsers may cache it for a day. */
export function preflightResponse(kind: CorsKind): Response {
  return new Response(null, { status: 204, headers: { ...corsHeaders(kind), 'Access-Control-Max-Age': '86400' } });
}
