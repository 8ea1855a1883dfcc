/** The PostgreSQL error behind a drizzle error (drizzle wraps the driver's error in `cause`). */
export function pgErrorOf(error: unknown): { code?: string; constraint?: string } {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const { code, constraint_name: constraint } = current as Error & { code?: unknown; constraint_name?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
  }
  return {};
}

export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';
