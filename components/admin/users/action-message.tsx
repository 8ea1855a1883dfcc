import { Alert } from '@/components/ui/alert';
import type { ActionState } from '@/lib/action-state';

/** A small form's answer, right under its button: errors interrupt, successes are announced politely. */
export function ActionMessage({ state }: { state: ActionState }) {
  if (state.status === 'error') return <Alert variant="error">{state.message}</Alert>;
  if (state.status === 'success' && state.message) return <Alert variant="success">{state.message}</Alert>;
  return null;
}
