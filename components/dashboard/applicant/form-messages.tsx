import type { ActionState } from '@/lib/action-state';

/**
 * The field's errors (id-error, which the control's aria-describedby names), or the action's own
 * message. Always rendered: a live region must exist before its text changes to be announced.
 */
export function FormMessages({ id, state, fieldErrors }: { id: string; state: ActionState; fieldErrors?: string[] }) {
  const messages = fieldErrors && fieldErrors.length > 0 ? fieldErrors : state.status === 'error' ? [state.message] : [];
  return (
    <>
      <div id={`${id}-error`} aria-live="polite" className="grid gap-1 text-sm font-medium text-red-700 empty:hidden">
        {messages.map((message, index) => (
          <p key={`${index}-${message}`}>
            <span className="sr-only">Error: </span>
            {message}
          </p>
        ))}
      </div>
      <p role="status" className="text-sm text-green-800 empty:hidden">
        {state.status === 'success' ? state.message : null}
      </p>
    </>
  );
}
