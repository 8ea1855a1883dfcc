import { createHash, randomBytes } from 'node:crypto';

// API keys are 32 random bytes behind a visible "ptc_" prefix. Only their sha256 is stored:
// the database never holds a usable key, and 256 bits of entropy need no slow hash.

export const API_KEY_PREFIX = 'ptc_';
const TOKEN = /^ptc_[A-Za-z0-9_-]{43}$/;
/** How much of the token the admin page shows to tell keys apart. */
const VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;

export interface NewApiKeyToken {
  token: string;
  prefix: string;
  hash: string;
}

export function hashApiKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function generateApiKeyToken(): NewApiKeyToken {
  const token = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, VISIBLE_LENGTH), hash: hashApiKey(token) };
}

export function isWellFormedApiKey(token: string): boolean {
  return TOKEN.test(token);
}

export type BearerToken = { kind: 'none' } | { kind: 'malformed' } | { kind: 'token'; token: string };

/** The Authorization header's bearer token; anything else in the header is malformed. */
export function readBearerToken(header: string | null): BearerToken {
  if (header === null || header.trim() === '') return { kind: 'none' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match?.[1] || !isWellFormedApiKey(match[1])) return { kind: 'malformed' };
  return { kind: 'token', token: match[1] };
}
