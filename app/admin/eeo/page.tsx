import type { Metadata } from 'next';
import Link from 'next/link';
import { EeoReportTables } from '@/components/admin/eeo/eeo-report-tables';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { countEeoAnswers } from '@/db/queries/eeo';
import { getHiringSettings } from '@/db/queries/hiring-settings';
import { requireRole } from '@/lib/auth/session';
import type { RawSearchParams } from '@/lib/dashboard/applicant-params';
import { EEO_MIN_REPORTED_COUNT } from '@/lib/domain/eeo';
import { buildEeoReport } from '@/lib/eeo/aggregate';
import { parseReportFilters } from '@/lib/reports/report-params';

export const metadata: Metadata = { title: 'EEO report' };

export default async function EeoReportPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireRole('admin');
  // Only the date range applies here: narrower groups (a job) would make small counts the rule.
  const { from, to } = parseReportFilters(await searchParams);
  const [counts, hiring] = await Promise.all([countEeoAnswers(user, { from, to }), getHiringSettings()]);
  const report = counts ? buildEeoReport(counts) : { respondents: null, questions: [] };
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">EEO report</h1>
        <p className="text-sm text-gray-600">
          Voluntary self-identification, in aggregate only: counts under {EEO_MIN_REPORTED_COUNT} are hidden. Hiring managers never see these answers, and
          applicant exports never include them. {hiring.eeoEnabled ? 'Candidates are being asked.' : 'Candidates are not being asked now'} (
          <Link href="/admin/settings" className="underline underline-offset-4">
            settings
          </Link>
          ).
        </p>
      </div>
      <form method="get" action="/admin/eeo" aria-label="Date range" className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-3 shadow-xs">
        <div className="grid gap-1.5">
          <Label htmlFor="eeo-from">Applied from</Label>
          <Input id="eeo-from" name="from" type="date" defaultValue={from ?? ''} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="eeo-to">Applied until</Label>
          <Input id="eeo-to" name="to" type="date" defaultValue={to ?? ''} />
        </div>
        <Button type="submit">Show</Button>
      </form>
      {report.respondents === null ? (
        <p className="text-sm text-gray-700">Fewer than {EEO_MIN_REPORTED_COUNT} candidates answered in this range, so nothing is shown.</p>
      ) : (
        <>
          <p className="text-sm text-gray-700">{report.respondents.toLocaleString('en-US')} candidates answered.</p>
          <EeoReportTables report={report} />
        </>
      )}
    </div>
  );
}
