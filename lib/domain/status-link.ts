// The shape of a candidate's private status link (db/status-token.ts makes the token).

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Checked before any query: anything else in the URL is a wrong token, answered 404. */
export function isWellFormedStatusToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value);
}

export function statusPath(token: string): string {
  return `/applications/status/${token}`;
}
