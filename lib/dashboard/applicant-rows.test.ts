import { describe, expect, it } from 'vitest';
import type { ApplicantRow } from '@/db/types';
import { packApplicant, unpackApplicant } from './applicant-rows';

const row: ApplicantRow = {
  id: 63,
  firstName: 'Grace',
  lastName: 'O’Kafor <b>',
  email: 'grace@example.com',
  stageId: 4,
  stageName: 'Rejected',
  stageKind: 'rejected',
  ratingAverage: '3.50',
  ratingCount: 2,
  submittedAt: new Date('2026-12-07T03:03:41.465Z'),
  source: 'linkedin',
  withdrawn: true,
};

describe('the applicant table’s packed rows', () => {
  it('carry everything the table shows, and come back the same', () => {
    const shown = (r: ApplicantRow) => Object.fromEntries(Object.entries(r).filter(([key]) => key !== 'stageId'));
    expect(unpackApplicant(packApplicant(row))).toEqual(shown(row));
    const direct = { ...row, ratingAverage: null, ratingCount: 0, source: null, withdrawn: false };
    expect(unpackApplicant(packApplicant(direct))).toEqual(shown(direct));
  });

  it('survive the trip to the browser as JSON', () => {
    expect(unpackApplicant(JSON.parse(JSON.stringify(packApplicant(row))))).toEqual(unpackApplicant(packApplicant(row)));
  });

  it('are under half the size of the objects they replace', () => {
    expect(JSON.stringify(packApplicant(row)).length).toBeLessThan(JSON.stringify(row).length / 2);
  });
});
