import type { ActionState } from '@/lib/action-state';
import { baseApplicationShape, HONEYPOT_FIELD, type ApplicationField } from '@/lib/validations/application';

// Client-safe: the apply form renders this state, the action returns it.

/** What the candidate typed, returned after a refusal so the form is not emptied. Never files or tokens. */
export type ApplyFormValues = Record<string, string | string[] | boolean>;

export type ApplyActionState = ActionState<ApplicationField> & { values?: ApplyFormValues };

/** The apply action with its job already bound: `submitApplicationAction.bind(null, slug)`. */
export type ApplyAction = (previous: ApplyActionState, formData: FormData) => Promise<ApplyActionState>;

const NOT_ECHOED = new Set<string>([HONEYPOT_FIELD, 'submissionToken', 'resume']);
// Longer than any accepted answer, so nothing valid is cut, and a huge paste is not sent back whole.
const MAX_ECHO_CHARS = 12_000;

export function echoableValues(formData: FormData): ApplyFormValues {
  const values: ApplyFormValues = {};
  const keys = new Set([...formData.keys()].filter((key) => (key in baseApplicationShape || key.startsWith('q_')) && !NOT_ECHOED.has(key)));
  for (const key of keys) {
    const texts = formData
      .getAll(key)
      .filter((value): value is string => typeof value === 'string')
      .map((value) => value.slice(0, MAX_ECHO_CHARS));
    if (texts.length === 0) continue;
    if (key === 'consent') values.consent = texts[0] === 'on' || texts[0] === 'true';
    else values[key] = texts.length === 1 ? (texts[0] as string) : texts;
  }
  return values;
}
