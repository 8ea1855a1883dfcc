import 'server-only';
import { pgErrorOf } from '@/db/pg-error';
import { logger } from '@/lib/logger';

/**
 * What to log of an unexpected error, under the strictest of the rules the actions used to keep
 * apart: its class, the PostgreSQL code and constraint, and the stack — never its message. A
 * drizzle message lists the query's parameters (emails, names, password hashes, a resume's
 * bytes), and PostgreSQL's `detail` repeats row values; the code and constraint say what broke.
 */
export function loggableError(error: unknown) {
  const { code, constraint } = pgErrorOf(error);
  const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return root instanceof Error ? { name: root.name, code, constraint, stack: root.stack } : { name: typeof root };
}

/**
 * Logs an action's unexpected failure with ids only (`context` must hold ids, never personal
 * data); the request id is added by the logger (lib/observability/log-context.ts).
 */
export function logActionError(error: unknown, message: string, context: Record<string, string | number | undefined> = {}): void {
  logger.error({ ...context, err: loggableError(error) }, message);
}
