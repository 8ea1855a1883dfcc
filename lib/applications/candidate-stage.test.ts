import { describe, expect, it } from 'vitest';
import { STAGE_KINDS } from '@/lib/domain/job-enums';
import { candidateStatus } from './candidate-stage';

describe('candidateStatus', () => {
  it('words every stage kind for the candidate', () => {
    expect(STAGE_KINDS.map((kind) => candidateStatus(kind, false).label)).toEqual([
      'Received',
      'In review',
      'Interviewing',
      'Offer',
      'Hired',
      'Not moving forward',
    ]);
  });

  it('says withdrawn whatever the stage', () => {
    expect(candidateStatus('interview', true).label).toBe('Withdrawn');
  });
});
