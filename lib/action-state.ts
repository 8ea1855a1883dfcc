// The one result type every server action returns; lib/actions/ holds the rest of the kit (ARCHITECTURE.md).
export type ActionState<F extends string = string> =
  | { status: 'idle' }
  | { status: 'success'; message?: string }
  | { status: 'error'; message: string; fieldErrors?: Partial<Record<F, string[]>> };

export const idleState = { status: 'idle' } as const satisfies ActionState;

export function errorState<F extends string>(
  message: string,
  fieldErrors?: Partial<Record<F, string[]>>,
): ActionState<F> {
  return { status: 'error', message, fieldErrors };
}

/**
 * A server action as a form receives it: the page imports the action and passes it down as a
 * prop, so components never import from app/ (ARCHITECTURE.md).
 */
export type FormAction<S> = (state: S, formData: FormData) => Promise<S>;
