// The applicant table's rows as they cross from the server page to its client component: a tuple
// per row rather than an object, since the RSC payload would otherwise repeat every key 50 times
// (~250 bytes a row as objects, ~120 as tuples). Client-safe.
import type { ApplicantRow } from '@/db/types';

/** What the table shows of an applicant: ApplicantRow without the stage id. */
export type TableApplicant = Omit<ApplicantRow, 'stageId'>;

export type PackedApplicant = [
  id: number,
  firstName: string,
  lastName: string,
  email: string,
  stageName: string,
  stageKind: ApplicantRow['stageKind'],
  ratingAverage: string | null,
  ratingCount: number,
  submittedAt: string,
  source: string | null,
  withdrawn: 0 | 1,
];

export function packApplicant(row: ApplicantRow): PackedApplicant {
  return [
    row.id,
    row.firstName,
    row.lastName,
    row.email,
    row.stageName,
    row.stageKind,
    row.ratingAverage,
    row.ratingCount,
    row.submittedAt.toISOString(),
    row.source,
    row.withdrawn ? 1 : 0,
  ];
}

export function unpackApplicant([id, firstName, lastName, email, stageName, stageKind, ratingAverage, ratingCount, submittedAt, source, withdrawn]: PackedApplicant): TableApplicant {
  return { id, firstName, lastName, email, stageName, stageKind, ratingAverage, ratingCount, submittedAt: new Date(submittedAt), source, withdrawn: withdrawn === 1 };
}
