/**
 * What to log of an unexpected error: never drizzle's message, which lists the query's
 * parameters (emails, names, password hashes), only what identifies the failure.
 */
export function loggableError(error: unknown) {
  const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(root instanceof Error)) return { message: 'non-error thrown' };
  const { code, constraint_name: constraint } = root as Error & { code?: string; constraint_name?: string };
  return code ? { name: root.name, code, constraint } : { name: root.name, message: root.message };
}
