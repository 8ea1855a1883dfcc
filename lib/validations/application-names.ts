// The apply form's field names that the browser needs before any checking: no zod here, so
// the form's first load does not carry zod (its schema loads when the form is first used,
// components/apply/use-apply-form.ts). application.ts and application-questions.ts re-export them.

/** A hidden field people never see: a bot that fills it in is refused quietly. */
export const HONEYPOT_FIELD = 'company_website';

/** Custom answers live beside the fixed fields, prefixed so a question key can never shadow one. */
export function questionFieldName(key: string): `q_${string}` {
  return `q_${key}`;
}
