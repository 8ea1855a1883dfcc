import 'server-only';
import { pgErrorOf } from '@/db/pg-error';

/**
 * What to log of an unexpected error, under the strictest of the rules the actions used to keep
 * apart: its class, the PostgreSQL code and constraint, and the stack — never its message. A
 * drizzle message lists the query's parameters (emails, names, password hashes, a resume's
 * bytes), and PostgreSQL's `detail` repeats row values; the code and constraint say what broke.
 * The stack keeps its frames only: its first line repeats the message.
 */
export function loggableError(error: unknown) {
  const { code, constraint } = pgErrorOf(error);
  const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(root instanceof Error)) return { name: typeof root };
  const frames = root.stack?.split('\n').filter((line) => line.trimStart().startsWith('at '));
  return { name: root.name, code, constraint, stack: frames?.join('\n') };
}
