import { describe, expect, it } from 'vitest';
import { describeAverage, RATING_MESSAGE, ratingLabel, ratingSchema } from './rating';
import { zodFieldErrors } from '@/lib/actions/field-errors';

describe('ratingSchema', () => {
  it('takes the four scores as the form posts them', () => {
    expect(ratingSchema.parse({ applicationId: '5', score: '4' })).toEqual({ applicationId: 5, score: 4 });
    expect(ratingSchema.parse({ applicationId: '5', score: '1' })).toEqual({ applicationId: 5, score: 1 });
  });

  it.each([[undefined], [''], ['0'], ['5'], ['2.5'], ['yes']])('refuses score %j with one clear message', (score) => {
    const result = ratingSchema.safeParse({ applicationId: '5', score });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodFieldErrors(result.error).score).toEqual([RATING_MESSAGE]);
  });
});

describe('rating words', () => {
  it('names each score', () => {
    expect([1, 2, 3, 4].map(ratingLabel)).toEqual(['Strong no', 'No', 'Yes', 'Strong yes']);
  });

  it('describes the average', () => {
    expect(describeAverage(3.5, 2)).toBe('Average 3.5 from 2 reviewers');
    expect(describeAverage(3.33, 3)).toBe('Average 3.3 from 3 reviewers');
    expect(describeAverage(4, 1)).toBe('Average 4 from 1 reviewer');
    expect(describeAverage(null, 0)).toBeNull();
  });
});
