// What a log line may say about a failure: its kind and where it happened, never its message.
// Driver messages carry the query's parameters ('invalid input syntax for type integer: "ada@…"'),
// drizzle's wrapper lists every parameter, Postgres's `detail` repeats row values and an SMTP
// server's reply names the recipient. Logs keep ids and kinds only (issue 10 item 6); the message
// of an email failure stays in the outbox row, which admins read and which goes with the data.
// No 'server-only': the worker and the scripts use it as well as the app, and it imports nothing.

export interface LoggableError {
  /** The error's class, and the wrapped driver error's when there is one (DrizzleQueryError → PostgresError). */
  name: string;
  cause?: string;
  /** A machine code: PostgreSQL's SQLSTATE, Node's errno name, nodemailer's 'EENVELOPE'… */
  code?: string;
  constraint?: string;
  /** An SMTP reply code. */
  responseCode?: number;
  /** The stack's frames only: the first line of a stack repeats the message. */
  frames?: string[];
}

const MAX_DEPTH = 5;
const MAX_FRAMES = 12;
const CODE = /^[A-Za-z0-9_.-]{1,40}$/;

const stringField = (value: unknown, pattern: RegExp) => (typeof value === 'string' && pattern.test(value) ? value : undefined);

function framesOf(error: Error): string[] | undefined {
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim());
  return frames.length ? frames : undefined;
}

/** The ids-and-kinds-only description of anything thrown, for `logger.error({ err: loggableError(e) }, …)`. */
export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { name: typeof error };
  const result: LoggableError = { name: error.name, frames: framesOf(error) };
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < MAX_DEPTH; current = current.cause, depth++) {
    if (current !== error && !result.cause) result.cause = current.name;
    const fields = current as Error & { code?: unknown; constraint_name?: unknown; constraint?: unknown; responseCode?: unknown };
    result.code ??= stringField(fields.code, CODE);
    result.constraint ??= stringField(fields.constraint_name, CODE) ?? stringField(fields.constraint, CODE);
    if (result.responseCode === undefined && typeof fields.responseCode === 'number') result.responseCode = fields.responseCode;
  }
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined)) as unknown as LoggableError;
}
