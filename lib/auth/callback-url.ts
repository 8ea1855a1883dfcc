// Where to go after signing in. Client-safe (no server imports): the proxy, the sign-in page and
// Auth.js's redirect callback all use it.

export const DEFAULT_CALLBACK_URL = '/dashboard';
export const SIGN_IN_PATH = '/sign-in';
const BASE = 'http://portico.invalid';

/**
 * A path on this site, or null: one leading '/', never '//' or '/\' (browsers read both as
 * another host), no backslashes or control characters (browsers drop tabs and newlines, so
 * "/\t/evil.com" would become "//evil.com").
 */
export function safeRelativePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === '\\') return null;
  }
  try {
    const parsed = new URL(value, BASE);
    return parsed.origin === BASE ? `${parsed.pathname}${parsed.search}${parsed.hash}` : null;
  } catch {
    return null;
  }
}

/** The callbackUrl to honour after signing in: a safe path other than the sign-in page itself. */
export function sanitizeCallbackUrl(value: unknown, fallback: string = DEFAULT_CALLBACK_URL): string {
  const path = safeRelativePath(value);
  if (!path) return fallback;
  const pathname = path.split(/[?#]/, 1)[0];
  return pathname === SIGN_IN_PATH || pathname?.startsWith(`${SIGN_IN_PATH}/`) ? fallback : path;
}

/** The sign-in page, remembering where the visitor was going. */
export function signInPath(callbackUrl: string): string {
  return `${SIGN_IN_PATH}?${new URLSearchParams({ callbackUrl: sanitizeCallbackUrl(callbackUrl) })}`;
}
