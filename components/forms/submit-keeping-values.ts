import { startTransition, type FormEvent } from 'react';

/**
 * An onSubmit for a form whose `action` is a server action: runs the action the same way, but
 * without React's automatic form reset afterwards, so a refused submission keeps what the
 * person chose and typed (a reset stage select would silently turn "Reject" into a no-op). The
 * `action` stays on the form for browsers without JavaScript.
 */
export function submitKeepingValues(dispatch: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
}
