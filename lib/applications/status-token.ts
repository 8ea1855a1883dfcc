import { createHash, randomBytes } from 'node:crypto';

// The candidate's private status link: /applications/status/<token>. 32 random bytes
// (256 bits, base64url: 43 characters) are unguessable; only the SHA-256 of the token is stored
// (applications.status_token_hash), so a database leak hands out no working links.
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function createStatusToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashStatusToken(token) };
}

export function hashStatusToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Checked before any query: anything else in the URL is a wrong token, answered 404. */
export function isWellFormedStatusToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value);
}

export function statusPath(token: string): string {
  return `/applications/status/${token}`;
}
