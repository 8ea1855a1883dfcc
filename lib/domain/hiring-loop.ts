// Interviews, scorecards and rejection reasons: the value lists behind check constraints, with
// the words people see. Pure constants and types (imported by db/schema and client code alike).

export const INTERVIEW_STATUSES = ['awaiting_candidate', 'scheduled', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = {
  awaiting_candidate: 'Waiting for the candidate to pick a time',
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
};

export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};
/** 1 strong no … 4 strong yes: what the scorecard average (and the applicant table's sort) is made of. */
export const RECOMMENDATION_SCORES: Record<Recommendation, number> = { strong_no: 1, no: 2, yes: 3, strong_yes: 4 };

/** Ratings per criterion run 1–4, the same scale as the overall recommendation. */
export const CRITERION_RATINGS = [1, 2, 3, 4] as const;
export const CRITERION_RATING_LABELS: Record<number, string> = { 1: 'Poor', 2: 'Mixed', 3: 'Good', 4: 'Excellent' };

/** Where the first versions of interview kinds come from when a job has none yet. */
export const DEFAULT_INTERVIEW_KINDS: ReadonlyArray<{ name: string; criteria: string[] }> = [
  { name: 'Phone screen', criteria: ['Motivation', 'Communication'] },
  { name: 'Technical interview', criteria: ['Problem solving', 'Technical depth', 'Communication'] },
  { name: 'Onsite', criteria: ['Collaboration', 'Role fit'] },
];

export const INTERVIEW_DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240] as const;
