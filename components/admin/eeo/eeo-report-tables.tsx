import type { EeoReport } from '@/lib/eeo/aggregate';
import { EEO_MIN_REPORTED_COUNT } from '@/lib/domain/eeo';

/** One table per question; hidden counts read "Fewer than 5" (or "Hidden" where hidden to protect another). */
export function EeoReportTables({ report }: { report: EeoReport }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {report.questions.map((q) => (
        <section key={q.question} aria-labelledby={`eeo-${q.question}`} className="grid gap-2 rounded-lg border border-gray-200 bg-white p-4 shadow-xs">
          <h2 id={`eeo-${q.question}`} className="text-base font-semibold text-gray-900">
            {q.title}
          </h2>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-gray-200">
                <th scope="col" className="py-2 pr-4 font-medium text-gray-700">
                  Answer
                </th>
                <th scope="col" className="py-2 font-medium text-gray-700">
                  Applicants
                </th>
              </tr>
            </thead>
            <tbody>
              {q.cells.map((cell) => (
                <tr key={cell.label} className="border-b border-gray-100 last:border-0">
                  <th scope="row" className="py-2 pr-4 font-normal text-gray-900">
                    {cell.label}
                  </th>
                  <td className="py-2 text-gray-900 tabular-nums">{cell.count === null ? `Hidden (small group, under ${EEO_MIN_REPORTED_COUNT} or protecting one)` : cell.count.toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
