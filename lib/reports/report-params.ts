// The reports' filters and drill-downs live in the URL (a GET form, so they work without
// JavaScript). Client-safe: the page, the CSV route and the drill-down list all parse and
// write them through these functions.
import { z } from 'zod';
import type { RawSearchParams } from '@/lib/dashboard/applicant-params';
import { FUNNEL_KINDS, type ReportFilters, type ReportSlice } from '@/lib/domain/report-kinds';

export { FUNNEL_KINDS, type FunnelKind, type ReportFilters, type ReportSlice } from '@/lib/domain/report-kinds';

export const REPORT_FIGURES = ['funnel', 'time-in-stage', 'time-to-hire', 'over-time', 'sources', 'rejection-reasons'] as const;
export type ReportFigure = (typeof REPORT_FIGURES)[number];

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
function lenient<T extends z.ZodType>(schema: T) {
  return z.preprocess(firstValue, schema.optional()).catch(undefined);
}

const id = lenient(z.coerce.number().int().positive().max(2_147_483_647));
// A real calendar day: "2026-02-30" is refused, not rolled over into March.
const day = lenient(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => {
      const date = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
    }),
);

const filterSchema = z.object({ job: id, department: id, location: id, from: day, to: day });

/** Never throws: an invalid value is dropped, so an edited link still shows a report. */
export function parseReportFilters(raw: RawSearchParams): ReportFilters {
  const parsed = filterSchema.parse(raw);
  const filters: ReportFilters = {};
  if (parsed.job !== undefined) filters.job = parsed.job;
  if (parsed.department !== undefined) filters.department = parsed.department;
  if (parsed.location !== undefined) filters.location = parsed.location;
  if (parsed.from !== undefined) filters.from = parsed.from;
  if (parsed.to !== undefined) filters.to = parsed.to;
  // A reversed range would silently show nothing: swap it instead.
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  return filters;
}

const sliceSchema = z.object({
  reached: lenient(z.enum(FUNNEL_KINDS)),
  stayed: lenient(z.enum(FUNNEL_KINDS)),
  hired: lenient(z.literal('1')),
  source: lenient(z.string().max(200)),
  reason: lenient(z.union([z.literal('none'), z.coerce.number().int().positive().max(2_147_483_647)])),
  period: day,
  unit: lenient(z.enum(['week', 'month'])),
});

/** The drill-down's slice; null when the link names none (the list then shows every applicant in the filters). */
export function parseReportSlice(raw: RawSearchParams): ReportSlice | null {
  const s = sliceSchema.parse(raw);
  if (s.reached) return { kind: 'reached', stageKind: s.reached };
  if (s.stayed) return { kind: 'stayed', stageKind: s.stayed };
  if (s.source !== undefined) return { kind: 'source', source: s.source === '' ? null : s.source, hiredOnly: s.hired === '1' };
  if (s.hired) return { kind: 'hired' };
  if (s.reason !== undefined) return { kind: 'rejection-reason', reasonId: s.reason === 'none' ? null : s.reason };
  if (s.period && s.unit) return { kind: 'period', start: s.period, unit: s.unit };
  return null;
}

function filterQuery(filters: ReportFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.job !== undefined) query.set('job', String(filters.job));
  if (filters.department !== undefined) query.set('department', String(filters.department));
  if (filters.location !== undefined) query.set('location', String(filters.location));
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  return query;
}

function sliceQuery(query: URLSearchParams, slice: ReportSlice): URLSearchParams {
  switch (slice.kind) {
    case 'reached':
      query.set('reached', slice.stageKind);
      break;
    case 'stayed':
      query.set('stayed', slice.stageKind);
      break;
    case 'hired':
      query.set('hired', '1');
      break;
    case 'source':
      query.set('source', slice.source ?? '');
      if (slice.hiredOnly) query.set('hired', '1');
      break;
    case 'rejection-reason':
      query.set('reason', slice.reasonId === null ? 'none' : String(slice.reasonId));
      break;
    case 'period':
      query.set('period', slice.start);
      query.set('unit', slice.unit);
      break;
  }
  return query;
}

const withQuery = (path: string, query: URLSearchParams) => {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
};

export const reportsHref = (filters: ReportFilters) => withQuery('/dashboard/reports', filterQuery(filters));

export const reportApplicantsHref = (filters: ReportFilters, slice: ReportSlice | null) =>
  withQuery('/dashboard/reports/applicants', slice ? sliceQuery(filterQuery(filters), slice) : filterQuery(filters));

export function reportCsvHref(filters: ReportFilters, figure: ReportFigure): string {
  const query = filterQuery(filters);
  query.set('figure', figure);
  return withQuery('/dashboard/reports/export', query);
}

export const parseReportFigure = (value: string | null): ReportFigure | null =>
  (REPORT_FIGURES as readonly string[]).includes(value ?? '') ? (value as ReportFigure) : null;
