import { describe, expect, it } from 'vitest';
import { histogramPercentile } from './reports';

// The same interpolation as PostgreSQL's percentile_cont, over value counts instead of rows.
describe('histogramPercentile', () => {
  it('matches percentile_cont on the expanded values', () => {
    const buckets = [
      { value: 1, count: 1 },
      { value: 2, count: 1 },
      { value: 4, count: 1 },
      { value: 6, count: 1 },
    ];
    expect(histogramPercentile(buckets, 0.5)).toBe(3);
    expect(histogramPercentile(buckets, 0.9)).toBeCloseTo(5.4);
    expect(histogramPercentile([{ value: 2, count: 3 }, { value: 10, count: 1 }], 0.5)).toBe(2);
    expect(histogramPercentile([{ value: 2, count: 3 }, { value: 10, count: 1 }], 0.9)).toBeCloseTo(7.6);
    expect(histogramPercentile([], 0.5)).toBeNull();
  });
});
