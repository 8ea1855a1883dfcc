import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/db/queries/access';
import { errorState, type ActionState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import type { SessionUser } from '@/lib/auth/session';
import type { UserRole } from '@/lib/domain/job-enums';
import { logger } from '@/lib/logger';
import { loggableError } from '@/lib/logging/loggable-error';
import { parseFailure } from './field-errors';
import { ACTION_MESSAGES, authorizationMessage } from './messages';

// The order every server action follows (ARCHITECTURE.md, "A server action"), written once: authorize → parse → act
// inside try → answer after it. `answer` runs outside the try because revalidatePath is only
// meaningful after a write that happened and redirect() works by throwing.

type FieldErrors<F extends string> = Partial<Record<F, string[]>>;

/** An expected "no" from `act` (not found, stale, taken…): answered as an error state, not logged. */
export class Refusal<F extends string = string> {
  constructor(
    readonly message: string,
    readonly fieldErrors?: FieldErrors<F>,
  ) {}
}

export function refuse<F extends string>(message: string, fieldErrors?: FieldErrors<F>): Refusal<F> {
  return new Refusal<F>(message, fieldErrors);
}

export interface ActionSpec<F extends string, Input, Result, Echo extends object> {
  /** Names the action in the log line when `act` throws (the error's kind is logged, never its text). */
  name: string;
  /** Omitted: anyone signed in (queries still check their access to the resource). */
  role?: UserRole;
  /** The raw values read from the form, given to `schema`. */
  input: unknown;
  schema: z.ZodType<Input>;
  /** The fields the person can see and fix; a problem with any other (a hidden id) is the summary message. */
  fields: readonly F[];
  /** The summary message when fields are wrong. */
  invalid: string;
  /** Added to every error state so the form shows back what was typed (never a password or a file). */
  echo?: Echo;
  /** The summary when `act` throws; nothing it did is kept (queries write in one transaction). */
  unexpected?: string;
  act: (actor: Actor, input: Input, user: SessionUser) => Promise<Result | Refusal<F>>;
  /** After the try: revalidate, redirect, or say what happened. */
  answer: (result: Result, input: Input) => ActionState<F> & Partial<NoInfer<Echo>>;
}

export async function runAction<F extends string, Input, Result, Echo extends object = object>(
  spec: ActionSpec<F, Input, Result, Echo>,
): Promise<ActionState<F> & Partial<Echo>> {
  const echo = spec.echo ?? ({} as Echo);
  const fail = (message: string, fieldErrors?: FieldErrors<F>) => ({ ...errorState<F>(message, fieldErrors), ...echo });

  const auth = await authorizeAction(spec.role);
  if (!auth.ok) return fail(authorizationMessage(auth.error));

  const parsed = spec.schema.safeParse(spec.input);
  if (!parsed.success) {
    const { message, fieldErrors } = parseFailure<F>(parsed.error, spec.fields, spec.invalid);
    return fail(message, fieldErrors);
  }

  let result: Result | Refusal<F>;
  try {
    result = await spec.act({ id: auth.user.id, role: auth.user.role }, parsed.data, auth.user);
  } catch (error) {
    logger.error({ err: loggableError(error) }, `${spec.name} failed`);
    return fail(spec.unexpected ?? ACTION_MESSAGES.unexpected);
  }
  if (result instanceof Refusal) return fail(result.message, result.fieldErrors);
  return spec.answer(result, parsed.data);
}

/** A form value as the person typed it, for `echo` (absent or a file: nothing to show back). */
export function typed(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === 'string' ? value : undefined;
}
