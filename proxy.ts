import { NextResponse, type NextRequest } from 'next/server';
import { signInPath } from '@/lib/auth/callback-url';
import { PATHNAME_HEADER } from '@/lib/auth/pathname-header';

// Layer 1 of 3 (STYLE.md §5): a cheap cookie check that sends anonymous visitors of the
// signed-in areas to the sign-in page. It reads no database and proves nothing: a forged or
// stale cookie gets through here and is refused by requireUser() on the page.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

function hasSessionCookie(request: NextRequest): boolean {
  // Auth.js splits large tokens into ".0", ".1"… chunks.
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

export function proxy(request: NextRequest) {
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
  // Only the signed-in areas: the public pages never run this.
  matcher: ['/dashboard', '/dashboard/:path*', '/admin', '/admin/:path*'],
};
