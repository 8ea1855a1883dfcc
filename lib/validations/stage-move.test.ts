import { describe, expect, it } from 'vitest';
import { bulkMoveSchema, reasonMissing, REASON_TOO_LONG_MESSAGE, stageMoveSchema } from './stage-move';

describe('stageMoveSchema', () => {
  it('coerces the form strings and treats a blank reason as none', () => {
    expect(stageMoveSchema.parse({ applicationId: '4', stageId: '9', expectedStageId: '8', reason: '   ' })).toEqual({
      applicationId: 4,
      stageId: 9,
      expectedStageId: 8,
      reason: undefined,
    });
  });

  it('reports every problem, not just the first', () => {
    const result = stageMoveSchema.safeParse({ applicationId: 'x', stageId: '', expectedStageId: '1', reason: 'a'.repeat(1001) });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['applicationId', 'stageId', 'reason']));
    expect(result.error?.issues.find((i) => i.path[0] === 'reason')?.message).toBe(REASON_TOO_LONG_MESSAGE);
  });
});

describe('bulkMoveSchema', () => {
  it('de-duplicates the ids and needs at least one', () => {
    expect(bulkMoveSchema.parse({ jobId: '1', applicationIds: ['3', '3', '4'], stageId: '2' }).applicationIds).toEqual([3, 4]);
    expect(bulkMoveSchema.safeParse({ jobId: '1', applicationIds: [], stageId: '2' }).success).toBe(false);
  });
});

describe('reasonMissing', () => {
  // Issue 14: a rejection names a reason from the admins' list (its id); free text is optional.
  it('asks for a listed reason on a rejection only', () => {
    expect(reasonMissing('rejected', undefined)).toBe(true);
    expect(reasonMissing('rejected', '')).toBe(true);
    expect(reasonMissing('rejected', 'Not enough SQL')).toBe(true);
    expect(reasonMissing('rejected', '3')).toBe(false);
    expect(reasonMissing('rejected', 3)).toBe(false);
    expect(reasonMissing('interview', undefined)).toBe(false);
  });

  it('reads the listed reason from the form, blank as none, anything else refused', () => {
    expect(stageMoveSchema.parse({ applicationId: '4', stageId: '9', expectedStageId: '8', rejectionReasonId: '12' }).rejectionReasonId).toBe(12);
    expect(stageMoveSchema.parse({ applicationId: '4', stageId: '9', expectedStageId: '8', rejectionReasonId: '' }).rejectionReasonId).toBeUndefined();
    expect(stageMoveSchema.safeParse({ applicationId: '4', stageId: '9', expectedStageId: '8', rejectionReasonId: '1e3' }).success).toBe(false);
  });
});
