// Each report figure as one table: the page shows it under the chart and the CSV route sends
// the same rows, so the download is always what the person saw.
import type { ReportFigures } from '@/db/queries/reports';
import { FUNNEL_KIND_LABELS, type ReportSlice } from '@/lib/domain/report-kinds';
import type { ReportFigure } from './report-params';

export type Cell = string | number | null;

export interface FigureRow {
  cells: Cell[];
  /** The applicants behind this row; null when none can be listed (e.g. a median). */
  slice: ReportSlice | null;
  /** Which cell carries the link to `slice`. */
  linkCell?: number;
}

export interface FigureTable {
  figure: ReportFigure;
  title: string;
  columns: string[];
  rows: FigureRow[];
}

export const percent = (ratio: number | null) => (ratio === null ? null : `${Math.round(ratio * 1000) / 10}%`);
export const sourceLabel = (source: string | null) => source ?? 'Direct (no tracked source)';

export const FIGURE_TITLES: Record<ReportFigure, string> = {
  funnel: 'Funnel',
  'time-in-stage': 'Time in stage',
  'time-to-hire': 'Time to hire',
  'over-time': 'Applications over time',
  sources: 'Sources: applications and hires',
  'rejection-reasons': 'Rejection reasons',
};

export function figureTable(figures: ReportFigures, figure: ReportFigure): FigureTable {
  const title = FIGURE_TITLES[figure];
  switch (figure) {
    case 'funnel':
      return {
        figure,
        title,
        columns: ['Stage kind', 'Reached', 'Conversion from previous step'],
        rows: figures.funnel.map((s) => ({
          cells: [FUNNEL_KIND_LABELS[s.kind], s.reached, percent(s.conversion)],
          slice: { kind: 'reached', stageKind: s.kind },
          linkCell: 1,
        })),
      };
    case 'time-in-stage':
      return {
        figure,
        title,
        columns: ['Stage kind', 'Completed stays', 'Median (days)', '90th percentile (days)'],
        rows: figures.timeInStage.map((s) => ({
          cells: [FUNNEL_KIND_LABELS[s.kind], s.count, s.medianDays, s.p90Days],
          slice: { kind: 'stayed', stageKind: s.kind },
          linkCell: 1,
        })),
      };
    case 'time-to-hire':
      return {
        figure,
        title,
        columns: ['Measure', 'Hires', 'Median (days)', '90th percentile (days)'],
        rows: [{ cells: ['Submission to hire', figures.timeToHire.count, figures.timeToHire.medianDays, figures.timeToHire.p90Days], slice: { kind: 'hired' }, linkCell: 1 }],
      };
    case 'over-time':
      return {
        figure,
        title,
        columns: [figures.overTime.unit === 'week' ? 'Week starting' : 'Month starting', 'Applications'],
        rows: figures.overTime.periods.map((p) => ({
          cells: [p.start, p.count],
          slice: { kind: 'period', start: p.start, unit: figures.overTime.unit },
          linkCell: 1,
        })),
      };
    case 'sources':
      return {
        figure,
        title,
        columns: ['Source', 'Applications', 'Hires', 'Hire rate'],
        rows: figures.sources.map((s) => ({
          cells: [sourceLabel(s.source), s.applications, s.hires, percent(s.applications ? s.hires / s.applications : null)],
          slice: { kind: 'source', source: s.source, hiredOnly: false },
          linkCell: 1,
        })),
      };
    case 'rejection-reasons':
      return {
        figure,
        title,
        columns: ['Reason', 'Applications rejected'],
        rows: figures.rejectionReasons.map((r) => ({
          cells: [r.label, r.count],
          slice: { kind: 'rejection-reason', reasonId: r.reasonId },
          linkCell: 1,
        })),
      };
  }
}
