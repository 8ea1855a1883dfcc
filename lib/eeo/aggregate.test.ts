import { describe, expect, it } from 'vitest';
import { buildEeoReport } from './aggregate';

const rows = (gender: Record<string, number>) =>
  Object.entries(gender).map(([answer, count]) => ({ question: 'gender' as const, answer: answer === 'blank' ? null : answer, count }));

describe('buildEeoReport', () => {
  it('shows nothing at all under five respondents', () => {
    expect(buildEeoReport({ respondents: 4, rows: rows({ female: 4 }) })).toEqual({ respondents: null, questions: [] });
  });

  it('shows counts of five and more, hides smaller ones and one more so none can be worked out', () => {
    const report = buildEeoReport({ respondents: 23, rows: rows({ female: 12, male: 7, decline: 3, blank: 1 }) });
    expect(report.questions[0]?.cells.map((c) => c.count)).toEqual([7, 12, null, null]);
    const single = buildEeoReport({ respondents: 20, rows: rows({ female: 12, male: 6, decline: 2 }) });
    // One small count alone would be total − the rest: the smallest shown one is hidden with it.
    expect(single.questions[0]?.cells.map((c) => c.count)).toEqual([null, 12, null, 0]);
  });
});
