// How a person reached a job (applications.origin). The form is 'applied'; the rest are people
// the hiring team adds by hand at /dashboard/candidates/new.

export const MANUAL_ORIGINS = ['sourced', 'agency', 'referral'] as const;
export type ManualOrigin = (typeof MANUAL_ORIGINS)[number];

export const ORIGIN_LABELS: Record<ManualOrigin, string> = {
  sourced: 'Sourced by the team',
  agency: 'From an agency',
  referral: 'Referred by an employee',
};

/** What the application's `source` says, so reports count hand-added people by where they came from. */
export const ORIGIN_SOURCES: Record<ManualOrigin, string> = { sourced: 'sourced', agency: 'agency', referral: 'referral' };
