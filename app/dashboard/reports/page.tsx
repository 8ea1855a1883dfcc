import type { Metadata } from 'next';
import Link from 'next/link';
import { BarChart } from '@/components/reports/bar-chart';
import { FigureSection } from '@/components/reports/figure-section';
import { LineChart } from '@/components/reports/line-chart';
import { ReportFiltersForm } from '@/components/reports/report-filters';
import { getReportFigures, listReportFilterOptions } from '@/db/queries/reports';
import { requireUser } from '@/lib/auth/session';
import type { RawSearchParams } from '@/lib/dashboard/applicant-params';
import { FUNNEL_KIND_LABELS } from '@/lib/domain/report-kinds';
import { figureTable, percent, sourceLabel } from '@/lib/reports/figure-tables';
import { parseReportFilters, reportApplicantsHref } from '@/lib/reports/report-params';

export const metadata: Metadata = { title: 'Reports — Dashboard', robots: { index: false } };

const daysText = (value: number) => `${value} d`;

export default async function ReportsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const filters = parseReportFilters(await searchParams);
  // Both are scoped to the jobs the user may see: a job id in the URL from another team
  // simply matches nothing.
  const [figures, options] = await Promise.all([getReportFigures(user, filters), listReportFilterOptions(user)]);
  const total = figures.funnel[0]?.reached ?? 0;
  const funnel = figureTable(figures, 'funnel');
  const stay = figureTable(figures, 'time-in-stage');
  const hire = figureTable(figures, 'time-to-hire');
  const overTime = figureTable(figures, 'over-time');
  const sources = figureTable(figures, 'sources');
  const reasons = figureTable(figures, 'rejection-reasons');
  const unit = figures.overTime.unit;

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Reports</h1>
        <p className="text-sm text-gray-600">
          {user.role === 'admin' ? 'Every job.' : 'The jobs whose hiring team you are on.'} Dates are days of application (UTC).{' '}
          <Link href={reportApplicantsHref(filters, null)} className="underline underline-offset-4">
            {total.toLocaleString('en-US')} applications
          </Link>{' '}
          match.
        </p>
      </div>
      <ReportFiltersForm filters={filters} options={options} />
      <div className="grid gap-6 xl:grid-cols-2">
        <FigureSection
          table={funnel}
          filters={filters}
          note={`How far applications got: each step counts those that were ever in a stage of that kind or a later one. ${figures.rejected.toLocaleString('en-US')} are now rejected.`}
          chart={
            <BarChart
              title="Funnel by stage kind"
              description={figures.funnel.map((s) => `${FUNNEL_KIND_LABELS[s.kind]}: ${s.reached}${s.conversion === null ? '' : ` (${percent(s.conversion)})`}`).join('; ')}
              data={figures.funnel.map((s) => ({ label: FUNNEL_KIND_LABELS[s.kind], value: s.reached }))}
            />
          }
        />
        <FigureSection
          table={stay}
          filters={filters}
          note="Days spent in each kind of stage before moving on (median); stays still going are not counted."
          chart={
            <BarChart
              title="Median days in each stage kind"
              description={figures.timeInStage.map((s) => `${FUNNEL_KIND_LABELS[s.kind]}: median ${s.medianDays ?? 'none'}, 90th percentile ${s.p90Days ?? 'none'} days`).join('; ')}
              data={figures.timeInStage.map((s) => ({ label: FUNNEL_KIND_LABELS[s.kind], value: s.medianDays ?? 0 }))}
              format={daysText}
            />
          }
        />
        <FigureSection
          table={hire}
          filters={filters}
          note="Days from application to the first move into a hired stage."
          chart={
            <BarChart
              title="Time to hire"
              description={`${figures.timeToHire.count} hires; median ${figures.timeToHire.medianDays ?? 'none'} days, 90th percentile ${figures.timeToHire.p90Days ?? 'none'} days`}
              data={[
                { label: 'Median', value: figures.timeToHire.medianDays ?? 0 },
                { label: '90th percentile', value: figures.timeToHire.p90Days ?? 0 },
              ]}
              format={daysText}
            />
          }
        />
        <FigureSection
          table={overTime}
          filters={filters}
          note={`Applications per ${unit}.`}
          chart={
            <LineChart
              title={`Applications per ${unit}`}
              description={`${figures.overTime.periods.length} ${unit}s from ${figures.overTime.periods[0]?.start ?? '—'}; peak ${Math.max(0, ...figures.overTime.periods.map((p) => p.count))} applications`}
              points={figures.overTime.periods.map((p) => ({ label: p.start, value: p.count }))}
            />
          }
        />
        <FigureSection
          table={sources}
          filters={filters}
          note="Where applications came from, and how many of them are now hired."
          chart={
            <BarChart
              title="Applications by source"
              description={figures.sources.map((s) => `${sourceLabel(s.source)}: ${s.applications} applications, ${s.hires} hires`).join('; ')}
              data={figures.sources.slice(0, 12).map((s) => ({ label: sourceLabel(s.source), value: s.applications }))}
            />
          }
        />
        <FigureSection
          table={reasons}
          filters={filters}
          note="Applications now rejected, by the reason given for their latest rejection."
          chart={
            <BarChart
              title="Rejection reasons"
              description={figures.rejectionReasons.map((r) => `${r.label}: ${r.count}`).join('; ')}
              data={figures.rejectionReasons.slice(0, 12).map((r) => ({ label: r.label, value: r.count }))}
            />
          }
        />
      </div>
    </div>
  );
}
