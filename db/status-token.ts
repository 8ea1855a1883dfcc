import { createHash, randomBytes } from 'node:crypto';

// The candidate's private status link: /applications/status/<token>. 32 random bytes
// (256 bits, base64url: 43 characters) are unguessable; only the SHA-256 of the token is stored
// (applications.status_token_hash), so a database leak hands out no working links. Made where
// the application is written (db/queries/applications.ts); lib/applications/status-token.ts
// gives the rest of the app the same functions.
const TOKEN_BYTES = 32;

export function createStatusToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashStatusToken(token) };
}

export function hashStatusToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
