import { NextResponse, type NextRequest } from 'next/server';
import { signInPath } from '@/lib/auth/callback-url';
import { PATHNAME_HEADER } from '@/lib/auth/pathname-header';
import { nonCanonicalBoardHref, parseBoardParams, type RawSearchParams } from '@/lib/search/board-params';
import { boardViewSegment } from '@/lib/search/board-view';

// Layer 1 of 3 (STYLE.md §5): a cheap cookie check that sends anonymous visitors of the
// signed-in areas to the sign-in page. It reads no database and proves nothing: a forged or
// stale cookie gets through here and is refused by requireUser() on the page.
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

function oversizedApplyPost(request: NextRequest): URL | null {
  const match = APPLY_PATH.exec(request.nextUrl.pathname);
  if (!match || request.method !== 'POST') return null;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (!(length > MAX_ACTION_BODY_BYTES)) return null;
  return new URL(`/jobs/${match[1]}/apply?error=upload-too-large`, request.url);
}

/**
 * `/jobs` with filters: redirected to its canonical spelling when it is not (empty fields from
 * the GET form, `page=1`, odd values), else rewritten to the board route of that state, where
 * each search is cached as a page of its own (lib/search/board-view.ts).
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
  const target = request.nextUrl.clone();
  target.pathname = `/board/${boardViewSegment(params)}`;
  return NextResponse.rewrite(target);
}

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/jobs') return boardSearch(request);
  const tooLarge = oversizedApplyPost(request);
  // 303: the browser follows with a GET, so the upload is not sent a second time.
  if (tooLarge) return NextResponse.redirect(tooLarge, 303);
  if (APPLY_PATH.test(request.nextUrl.pathname)) return NextResponse.next();

  const { pathname, search } = request.nextUrl;
  if (!hasSessionCookie(request)) {
    return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
  }
  // Tells requireUser() where to come back to if the cookie turns out to be no good.
  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // The signed-in areas and the apply form's posts (multipart bodies only: the cached apply page
  // itself is a GET and never runs this); the board and job pages never run it either.
  // `/jobs` only with a board filter in its query: the bare board is rewritten by next.config.ts
  // and never runs this.
  matcher: [
    { source: '/jobs', has: [{ type: 'query', key: 'q' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'department' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'country' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'workplace' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'type' }] },
    { source: '/jobs', has: [{ type: 'query', key: 'page' }] },
    '/dashboard',
    '/dashboard/:path*',
    '/admin',
    '/admin/:path*',
    { source: '/jobs/:slug/apply', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
  ],
};
