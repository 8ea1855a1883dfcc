// Which requests proxy.ts answers with the per-request (nonce) policy. Pure, for the proxy and
// its tests. Everything else keeps the static public policy from next.config.ts.

/** Pages rendered per request for one visitor: the signed-in areas, sign-in, the status page. */
const STRICT_PAGE = /^\/(?:dashboard|admin|sign-in|sign-out|set-password)(?:\/|$)|^\/applications\/status\/[^/]+\/?$/;

/**
 * Files and documents served from inside the signed-in areas. They keep the sandbox policy
 * next.config.ts gives them (a crafted PDF or email must run nothing, and only our own pages may
 * frame them); a page policy on top would let the resume preview be framed by nobody.
 */
const SANDBOXED_FILE = /^\/dashboard\/applications\/[^/]+\/(?:resume|files\/[^/]+)\/?$|^\/admin\/outbox\/[^/]+\/html\/?$/;

export function needsStrictPolicy(pathname: string): boolean {
  return STRICT_PAGE.test(pathname) && !SANDBOXED_FILE.test(pathname);
}

/**
 * Every path but Next's build files (/_next/static/: scripts, styles, fonts): a path-to-regexp
 * source for the headers that only a document obeys (the content policy, framing, referrer and
 * permissions policies). A browser ignores them on a script, and a page loads ten or more of
 * them, each carrying ~500 bytes of such headers over HTTP/1.1.
 */
export const DOCUMENT_SOURCE = '/((?!_next/static/).*)';

/** The paths next.config.ts must leave alone (proxy.ts sets their policy): a path-to-regexp source. */
export const PUBLIC_POLICY_SOURCE = '/((?!(?:dashboard|admin|sign-in|sign-out|set-password)(?:/|$)|applications/status/[^/]+/?$|_next/static/).*)';
