import { getReportFigures } from '@/db/queries/reports';
import { getCurrentUser } from '@/lib/auth/session';
import { CSV_BOM, csvRow } from '@/lib/domain/csv';
import type { RawSearchParams } from '@/lib/dashboard/applicant-params';
import { figureTable } from '@/lib/reports/figure-tables';
import { parseReportFigure, parseReportFilters } from '@/lib/reports/report-params';

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });

/** One report figure's table as CSV, over the same scope and filters as the page. */
export async function GET(request: Request): Promise<Response> {
  // A route handler checks the session itself: the proxy's cookie check proves nothing.
  const user = await getCurrentUser();
  if (!user) return plain(401, 'Sign in to download reports.');
  const url = new URL(request.url);
  const figure = parseReportFigure(url.searchParams.get('figure'));
  if (!figure) return plain(400, 'Choose a figure: funnel, time-in-stage, time-to-hire, over-time, sources or rejection-reasons.');
  const raw: RawSearchParams = {};
  for (const [key, value] of url.searchParams) raw[key] ??= value;
  const table = figureTable(await getReportFigures(user, parseReportFilters(raw)), figure);
  const body = CSV_BOM + csvRow(table.columns) + table.rows.map((row) => csvRow(row.cells)).join('');
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      // `figure` is one of REPORT_FIGURES ([a-z-]), so it is safe inside the quoted filename.
      'Content-Disposition': `attachment; filename="report-${figure}.csv"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
