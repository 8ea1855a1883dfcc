import { NextResponse, type NextRequest } from 'next/server';
import { pingDatabase } from '@/db';
import { signInPath } from '@/lib/auth/callback-url';
import { PATHNAME_HEADER } from '@/lib/auth/pathname-header';
import { env } from '@/lib/env';
import { createNonce, STRICT_TRANSPORT_SECURITY, strictContentSecurityPolicy } from '@/lib/security/content-security-policy';
import { oauthFormTargets } from '@/lib/security/oauth-form-targets';
import { needsStrictPolicy } from '@/lib/security/strict-csp-routes';
import { nonCanonicalBoardHref, parseBoardParams, type RawSearchParams } from '@/lib/search/board-params';
import { boardViewSegment } from '@/lib/search/board-view';
import { BOARD_VIEW_HEADER } from '@/lib/search/board-view-header';
import { dropMalformedForwardedHeaders } from '@/lib/security/forwarded-headers';

// Layer 1 of the 3 authorization layers (README, Security): a cheap cookie check that sends anonymous visitors of the
// signed-in areas to the sign-in page. It reads no database and proves nothing: a forged or
// stale cookie gets through here and is refused by requireUser() on the page.
// It also gives every per-request page (signed-in areas, sign-in, status page) its nonce policy.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

function hasSessionCookie(request: NextRequest): boolean {
  // Auth.js splits large tokens into ".0", ".1"… chunks.
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

// Next refuses a server-action body over `serverActions.bodySizeLimit` (12 MB) before any of
// our code runs and answers a bare 500. A browser with JavaScript never sends one (the form
// checks the file first); a form post without JavaScript is sent back to the form instead.
const MAX_ACTION_BODY_BYTES = 12 * 1024 * 1024;
const APPLY_PATH = /^\/jobs\/([a-z0-9-]+)\/apply$/;
const SIGNED_IN_AREA = /^\/(?:dashboard|admin)(?:\/|$)/;

function oversizedApplyPost(request: NextRequest): URL | null {
  const match = APPLY_PATH.exec(request.nextUrl.pathname);
  if (!match || request.method !== 'POST') return null;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (!(length > MAX_ACTION_BODY_BYTES)) return null;
  return new URL(`/jobs/${match[1]}/apply?error=upload-too-large`, request.url);
}

/**
 * `/jobs` with filters: redirected to its canonical spelling when it is not (empty fields from
 * the GET form, `page=1`, odd values), else sent to the board route of that state, where each
 * search is cached as a page of its own (lib/search/board-view.ts).
 *
 * The state travels in a request header that a rewrite in next.config.ts turns into the path, not
 * in `NextResponse.rewrite`: Next writes a proxy's rewrite URL with a loopback host spelled
 * `localhost` but compares it with `http://127.0.0.1:<port>` when the server listens on
 * 127.0.0.1 (our default), so it fetched the page over HTTP from itself, and behind a TLS proxy
 * (X-Forwarded-Proto: https) over HTTPS from a plain port: a 500 on every search
 * (vercel/next.js#94745). A config rewrite stays inside the server whatever the host.
 */
function boardSearch(request: NextRequest): NextResponse {
  const raw: RawSearchParams = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) {
    const values = request.nextUrl.searchParams.getAll(key);
    raw[key] = values.length > 1 ? values : values[0];
  }
  const params = parseBoardParams(raw);
  const canonical = nonCanonicalBoardHref(raw, params);
  if (canonical) return NextResponse.redirect(new URL(canonical, request.url));
  const headers = new Headers(request.headers);
  headers.set(BOARD_VIEW_HEADER, boardViewSegment(params));
  return NextResponse.next({ request: { headers } });
}

/**
 * A post that may be a server action but whose body cannot be read as one. Next would decode it
 * after this and answer a parse failure (a truncated or boundary-less multipart body, a
 * Next-Action post that is not JSON) with a bare 500 and an error in the log; it is the
 * client's fault, so it gets a 400 here. Browsers never send such bodies: only tools do.
 */
async function unreadableActionBody(request: NextRequest): Promise<boolean> {
  if (request.method !== 'POST') return false;
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data')) await request.clone().formData();
    else if (request.headers.has('next-action')) JSON.parse(await request.clone().text());
    return false;
  } catch {
    return true;
  }
}

const DATABASE_CHECK_MS = 2_000;

/**
 * A form post (a server action: an application, a sign-in, an admin change) needs the database.
 * While it cannot be reached (restarting, failing over) the post gets a plain 503 with
 * Retry-After before anything runs, so the sender knows nothing was saved and may try again,
 * rather than a generic error page from half-way through the action.
 */
async function databaseUnavailable(): Promise<NextResponse | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database check timed out')), DATABASE_CHECK_MS);
  });
  try {
    await Promise.race([pingDatabase(), timeout]);
    return null;
  } catch {
    return new NextResponse('Portico cannot reach its database right now, so nothing was saved. Please try again in a minute.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10', 'cache-control': 'no-store' },
    });
  } finally {
    clearTimeout(timer);
  }
}

const https = env.APP_URL.startsWith('https:');
const policyContext = { https, development: env.NODE_ENV === 'development', formTargets: oauthFormTargets(env) };

/**
 * Next reads the nonce from the request's CSP header and puts it on the scripts it renders; the
 * browser gets the same policy on the response. HSTS is decided here at run time from APP_URL,
 * like next.config.ts does for the other responses at build time.
 */
function withStrictPolicy(headers: Headers): NextResponse {
  const policy = strictContentSecurityPolicy(createNonce(), policyContext);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  if (https) response.headers.set('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export async function proxy(request: NextRequest) {
  const tooLarge = oversizedApplyPost(request);
  // 303: the browser follows with a GET, so the upload is not sent a second time.
  if (tooLarge) return NextResponse.redirect(tooLarge, 303);
  if (await unreadableActionBody(request)) {
    return new NextResponse('The request body could not be read as a form.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  if (request.method === 'POST') {
    const unavailable = await databaseUnavailable();
    if (unavailable) return unavailable;
  }
  // After the body checks, so that an unreadable post to the board gets its 400 like any other.
  if (request.nextUrl.pathname === '/jobs') return boardSearch(request);
  if (APPLY_PATH.test(request.nextUrl.pathname)) return NextResponse.next();

  const { pathname, search } = request.nextUrl;
  const headers = new Headers(request.headers);
  dropMalformedForwardedHeaders(headers);
  if (SIGNED_IN_AREA.test(pathname)) {
    if (!hasSessionCookie(request)) return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
    // Tells requireUser() where to come back to if the cookie turns out to be no good.
    headers.set(PATHNAME_HEADER, `${pathname}${search}`);
  }
  if (needsStrictPolicy(pathname)) return withStrictPolicy(headers);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Board searches, the signed-in areas, sign-in, the status page and form posts. The board, job
  // pages, the apply page, feeds and APIs never run this: each matched path costs a proxy call per request.
  // Next parses these literally at build time, so they are spelled out (no shared constant).
  matcher: [
    // `/jobs` only with a board filter in its query: the bare board is rewritten by
    // next.config.ts and never runs this; each search is rewritten to its cached board route.
    { source: '/jobs', has: [{ type: 'query', key: 'q' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'department' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'country' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'workplace' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'type' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'page' }] },
    // Any page a server action may be posted to, but only requests with a form body or a
    // Next-Action header (route handlers under /api read their own bodies). Page GETs carry
    // neither, so the board and job pages still never run this.
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    '/dashboard',
    '/dashboard/:path*',
    '/admin',
    '/admin/:path*',
    '/sign-in',
    '/sign-in/:path*',
    '/sign-out',
    '/set-password',
    '/applications/status/:token',
    // The apply page itself is cached for everyone and never runs this; its posts are multipart
    // and match the first entries above.
  ],
};
