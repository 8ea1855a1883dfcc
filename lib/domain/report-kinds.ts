// The reports' vocabulary, shared by db/queries/reports and lib/reports (pure: imports nothing).

/** The pipeline's stage kinds in funnel order; `rejected` stands apart from the funnel. */
export const FUNNEL_KINDS = ['applied', 'screening', 'interview', 'offer', 'hired'] as const;
export type FunnelKind = (typeof FUNNEL_KINDS)[number];

export interface ReportFilters {
  job?: number;
  department?: number;
  location?: number;
  /** Submitted on or after this day (UTC), YYYY-MM-DD. */
  from?: string;
  /** Submitted on or before this day (UTC), YYYY-MM-DD. */
  to?: string;
}

/** Which applicants a figure's bar or row stands for (the drill-down list). */
export type ReportSlice =
  | { kind: 'reached'; stageKind: FunnelKind }
  /** Applications with a completed stay in a stage of this kind (the time-in-stage figure). */
  | { kind: 'stayed'; stageKind: FunnelKind }
  | { kind: 'hired' }
  | { kind: 'source'; source: string | null; hiredOnly: boolean }
  | { kind: 'rejection-reason'; reasonId: number | null }
  | { kind: 'period'; start: string; unit: 'week' | 'month' };

export const FUNNEL_KIND_LABELS: Record<FunnelKind, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interview: 'Interview',
  offer: 'Offer',
  hired: 'Hired',
};
