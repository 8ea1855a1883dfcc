// The shape of a job's applicant list (page size, sorts, filters), shared by the URL parsing in
// lib/dashboard/applicant-params and the queries that list and export the applicants.

export const APPLICANT_PAGE_SIZE = 50;
export const APPLICANT_SEARCH_MAX_LENGTH = 100;

export const APPLICANT_SORTS = ['date', 'name', 'rating', 'scorecard', 'stage'] as const;
export type ApplicantSort = (typeof APPLICANT_SORTS)[number];

export interface ApplicantParams {
  sort: ApplicantSort;
  stage?: number;
  rating?: number;
  q?: string;
  /** Opaque keyset cursors: the page after / before this row. */
  after?: string;
  before?: string;
}

/** The filters without the cursor: what the export and the "first page" link keep. */
export function withoutCursor({ after: _after, before: _before, ...rest }: ApplicantParams): ApplicantParams {
  void _after;
  void _before;
  return rest;
}
