import Link from 'next/link';
import type { ReactNode } from 'react';
import type { FigureTable } from '@/lib/reports/figure-tables';
import { reportApplicantsHref, reportCsvHref, type ReportFilters } from '@/lib/reports/report-params';

const show = (cell: string | number | null) => (cell === null ? '—' : typeof cell === 'number' ? cell.toLocaleString('en-US') : cell);

/**
 * One figure: its heading, chart, the same numbers as a table (each count links to the
 * applicants behind it) and the CSV download of that table.
 */
export function FigureSection({ table, filters, chart, note }: { table: FigureTable; filters: ReportFilters; chart: ReactNode; note?: string }) {
  const headingId = `figure-${table.figure}`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 shadow-xs sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-gray-900">
          {table.title}
        </h2>
        <a href={reportCsvHref(filters, table.figure)} className="text-sm text-gray-700 underline underline-offset-4" download>
          Download CSV<span className="sr-only"> of {table.title.toLowerCase()}</span>
        </a>
      </div>
      {note ? <p className="text-sm text-gray-600">{note}</p> : null}
      {table.rows.length === 0 ? <p className="text-sm text-gray-700">No applications match these filters.</p> : chart}
      {table.rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[24rem] text-left text-sm">
            <caption className="sr-only">{table.title} as a table</caption>
            <thead>
              <tr className="border-b border-gray-200">
                {table.columns.map((column) => (
                  <th key={column} scope="col" className="py-2 pr-4 font-medium text-gray-700">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r} className="border-b border-gray-100 last:border-0">
                  {row.cells.map((cell, c) => {
                    const content =
                      row.slice && c === row.linkCell ? (
                        <Link href={reportApplicantsHref(filters, row.slice)} className="text-accent underline underline-offset-4">
                          {show(cell)}
                          <span className="sr-only"> applicants: {String(row.cells[0])}</span>
                        </Link>
                      ) : (
                        show(cell)
                      );
                    return c === 0 ? (
                      <th key={c} scope="row" className="py-2 pr-4 font-normal text-gray-900">
                        {content}
                      </th>
                    ) : (
                      <td key={c} className="py-2 pr-4 text-gray-900 tabular-nums">
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
