import type { z } from 'zod';

type FieldErrors<F extends string> = Partial<Record<F, string[]>>;

/**
 * Every message per field (not just the first), each message once, for ActionState.fieldErrors.
 * A field is the issue's first path segment; with `nested`, its whole path joined by dots under
 * `nested` (`questions.2.label`), for forms that repeat a group of fields. Issues without a
 * path (the object as a whole) are left out: the caller's summary message covers them.
 */
export function zodFieldErrors<F extends string = string>(error: z.ZodError, options: { nested?: string } = {}): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of error.issues) {
    const key = options.nested ? [options.nested, ...issue.path.map(String)].join('.') : issue.path[0];
    if (typeof key !== 'string') continue;
    const list = (errors[key as F] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return errors;
}

/**
 * Field errors for the fields the person can see and fix. A problem with any other field (an id
 * the page put in a hidden input) becomes the summary message instead, since it cannot be fixed
 * from the form.
 */
export function parseFailure<F extends string>(error: z.ZodError, fields: readonly F[], fallback: string) {
  const visible = (key: PropertyKey) => (fields as readonly PropertyKey[]).includes(key);
  const hidden = error.issues.filter((issue) => !visible(issue.path[0] ?? ''));
  const all = zodFieldErrors<F>(error);
  const fieldErrors: FieldErrors<F> = {};
  for (const field of fields) if (all[field]) fieldErrors[field] = all[field];
  return { message: hidden.at(-1)?.message ?? fallback, fieldErrors };
}
