import type { Metadata } from 'next';
import Link from 'next/link';
import { KeysetPagination } from '@/components/dashboard/keyset-pagination';
import { EmptyState } from '@/components/ui/empty-state';
import { listReportApplicants } from '@/db/queries/report-applicants';
import { getReportFigures } from '@/db/queries/reports';
import { requireUser } from '@/lib/auth/session';
import type { RawSearchParams } from '@/lib/dashboard/applicant-params';
import { parseReportFilters, parseReportSlice, reportApplicantsHref, reportsHref } from '@/lib/reports/report-params';
import { sliceLabel } from '@/lib/reports/slice-label';

export const metadata: Metadata = { title: 'Applicants behind a report — Dashboard', robots: { index: false } };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ReportApplicantsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const filters = parseReportFilters(raw);
  const slice = parseReportSlice(raw);
  const afterText = first(raw.after);
  const after = afterText && /^\d{1,10}$/.test(afterText) ? Number(afterText) : null;
  const page = await listReportApplicants(user, filters, slice, after);
  // The reason's words come from the (scoped) figure, so a reason id reveals nothing more.
  const reasonLabel =
    slice?.kind === 'rejection-reason' && slice.reasonId !== null
      ? (await getReportFigures(user, filters)).rejectionReasons.find((r) => r.reasonId === slice.reasonId)?.label
      : undefined;
  const here = reportApplicantsHref(filters, slice);
  const withAfter = (id: number) => `${here}${here.includes('?') ? '&' : '?'}after=${id}`;

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <p className="text-sm">
          <Link href={reportsHref(filters)} className="text-gray-700 underline underline-offset-4">
            ← Back to reports
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{sliceLabel(slice, reasonLabel)}</h1>
        <p className="text-sm text-gray-600">{page.total.toLocaleString('en-US')} applications, newest first.</p>
      </div>
      {page.rows.length === 0 ? (
        <EmptyState title="No applications" description="No applications you may see match this figure and these filters." />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-xs">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead>
              <tr className="border-b border-gray-200">
                <th scope="col" className="px-4 py-2 font-medium text-gray-700">Applicant</th>
                <th scope="col" className="px-4 py-2 font-medium text-gray-700">Job</th>
                <th scope="col" className="px-4 py-2 font-medium text-gray-700">Stage now</th>
                <th scope="col" className="px-4 py-2 font-medium text-gray-700">Applied</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-100 last:border-0">
                  <th scope="row" className="px-4 py-2 font-medium text-gray-900">
                    <Link href={`/dashboard/applications/${row.id}`} className="underline-offset-4 hover:underline">
                      {row.firstName} {row.lastName}
                    </Link>
                  </th>
                  <td className="px-4 py-2">
                    <Link href={`/dashboard/jobs/${row.jobId}`} className="underline-offset-4 hover:underline">
                      {row.jobTitle}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{row.stageName}</td>
                  <td className="px-4 py-2 tabular-nums">
                    <time dateTime={row.submittedAt.toISOString()}>{row.submittedAt.toISOString().slice(0, 10)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <KeysetPagination previousHref={null} nextHref={page.nextAfter === null ? null : withAfter(page.nextAfter)} firstHref={after === null ? null : here} />
    </div>
  );
}
