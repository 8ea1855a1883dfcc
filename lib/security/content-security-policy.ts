// The Content-Security-Policy headers. Pure (no server-only imports): next.config.ts builds the
// public policy from it at build time, proxy.ts the per-request staff policy at run time, and the
// unit tests read both. Each directive's reason is beside it; README "Security" sums them up.

export interface PolicyContext {
  /** APP_URL is https: ask the browser to upgrade any stray http:// subresource. */
  https: boolean;
  /** `next dev` evaluates code with eval() for its error overlay and fast refresh. */
  development: boolean;
}

type Directives = Record<string, string[]>;

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => (sources.length ? `${name} ${sources.join(' ')}` : name))
    .join('; ');
}

/** What both policies share: nothing but this origin unless a directive below says so. */
function baseDirectives({ https }: PolicyContext): Directives {
  return {
    'default-src': ["'self'"],
    // The company logo (Admin → Settings) is any https:// image; images run no script.
    'img-src': ["'self'", 'https:'],
    // Tailwind's stylesheet plus style attributes (the accent colour is a CSS variable set inline)
    // and the <style> elements Radix injects at run time without a nonce. CSS cannot run script.
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'"],
    // Server actions, RSC requests and route prefetches all go to this origin only.
    'connect-src': ["'self'"],
    // No plugins (Flash, Java, PDF through <object>/<embed>): a classic script-injection path.
    'object-src': ["'none'"],
    // A <base href> injected into a page would re-point every relative script and form.
    'base-uri': ["'none'"],
    // Forms post to this origin only, so injected markup cannot send a form elsewhere.
    'form-action': ["'self'"],
    // No page of ours is framed by another site (clickjacking); the file routes keep their own rule.
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * The board, job pages, apply form, feeds and APIs. These responses are cached and shared (by
 * Next, nginx, a CDN), so the header cannot carry a per-request nonce, and the page itself holds
 * Next's inline bootstrap scripts (`self.__next_f.push(…)`), whose content changes with every
 * posting, so no fixed hash list can name them. Hence 'unsafe-inline' for <script> elements,
 * but no other origin, no eval, and no inline event handlers (`script-src-attr 'none'`): an
 * injected `onerror=` or `javascript:` attribute does not run. What keeps injected <script>
 * tags out of these pages is escaping (React) and the sanitiser for postings (lib/markdown).
 */
export function publicContentSecurityPolicy(context: PolicyContext): string {
  return serialize({
    ...baseDirectives(context),
    'script-src': ["'self'", "'unsafe-inline'", ...(context.development ? ["'unsafe-eval'"] : [])],
    'script-src-attr': ["'none'"],
    // The public pages frame nothing.
    'frame-src': ["'none'"],
  });
}

/**
 * Signed-in and sign-in pages (and the candidate's status page): rendered per request, so each
 * response gets a fresh nonce. Next reads it back from the request's CSP header and puts it on
 * every script it emits; 'strict-dynamic' then trusts the chunks those scripts load, and
 * ignores host lists, so only scripts this response started can run (a "strict CSP":
 * https://web.dev/articles/strict-csp). Supported by every browser since 2022 (Safari 15.4).
 */
export function strictContentSecurityPolicy(nonce: string, context: PolicyContext & { formTargets?: string[] }): string {
  return serialize({
    ...baseDirectives(context),
    'script-src': [`'nonce-${nonce}'`, "'strict-dynamic'", ...(context.development ? ["'unsafe-eval'"] : [])],
    'script-src-attr': ["'none'"],
    // The applicant page previews the resume PDF from its own authorized route, in a frame.
    'frame-src': ["'self'"],
    // "Continue with GitHub" without JavaScript is a form post answered with a redirect to the
    // provider, and browsers check form-action against that redirect too.
    'form-action': ["'self'", ...(context.formTargets ?? [])],
  });
}

/** A nonce of 128 random bits, base64 as Next's parser of the CSP header expects. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** Two years, the value preload lists ask for; only over https, where browsers honour it. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';
