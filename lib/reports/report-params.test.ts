import { describe, expect, it } from 'vitest';
import { parseReportFigure, parseReportFilters, parseReportSlice, reportApplicantsHref, reportCsvHref, reportsHref } from './report-params';

describe('parseReportFilters', () => {
  it('keeps valid filters and drops anything else without failing', () => {
    expect(parseReportFilters({ job: '12', department: 'x', location: ['3', '4'], from: '2026-02-30', to: '2026-03-01' })).toEqual({ job: 12, location: 3, to: '2026-03-01' });
    expect(parseReportFilters({ job: '-1', from: '2026-1-1', to: "2026-01-01'; drop table jobs" })).toEqual({});
  });

  it('swaps a reversed date range rather than showing nothing', () => {
    expect(parseReportFilters({ from: '2026-03-01', to: '2026-01-01' })).toEqual({ from: '2026-01-01', to: '2026-03-01' });
  });
});

describe('parseReportSlice', () => {
  it('reads each kind of slice and refuses what no figure links to', () => {
    expect(parseReportSlice({ reached: 'offer' })).toEqual({ kind: 'reached', stageKind: 'offer' });
    expect(parseReportSlice({ reached: 'rejected' })).toBeNull();
    expect(parseReportSlice({ source: '', hired: '1' })).toEqual({ kind: 'source', source: null, hiredOnly: true });
    expect(parseReportSlice({ hired: '1' })).toEqual({ kind: 'hired' });
    expect(parseReportSlice({ stayed: 'screening' })).toEqual({ kind: 'stayed', stageKind: 'screening' });
    expect(parseReportSlice({ reason: 'none' })).toEqual({ kind: 'rejection-reason', reasonId: null });
    expect(parseReportSlice({ reason: '7' })).toEqual({ kind: 'rejection-reason', reasonId: 7 });
    expect(parseReportSlice({ period: '2026-01-05', unit: 'week' })).toEqual({ kind: 'period', start: '2026-01-05', unit: 'week' });
    expect(parseReportSlice({ period: '2026-01-05', unit: 'year' })).toBeNull();
  });
});

describe('links', () => {
  it('round-trip through the parsers', () => {
    const filters = { job: 3, from: '2026-01-01' };
    expect(reportsHref(filters)).toBe('/dashboard/reports?job=3&from=2026-01-01');
    const href = reportApplicantsHref(filters, { kind: 'source', source: 'a&b', hiredOnly: false });
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseReportFilters(params)).toEqual(filters);
    expect(parseReportSlice(params)).toEqual({ kind: 'source', source: 'a&b', hiredOnly: false });
    expect(reportCsvHref({}, 'sources')).toBe('/dashboard/reports/export?figure=sources');
    expect(parseReportFigure('sources')).toBe('sources');
    expect(parseReportFigure('users')).toBeNull();
  });
});
