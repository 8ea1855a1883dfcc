import Link from 'next/link';

export interface TaxonomyRow {
  id: number;
  label: string;
  href: string;
  jobCount: number;
}

/** Departments or locations with how many jobs use each (one in use cannot be deleted). */
export function TaxonomyTable({ caption, nameHeading, rows }: { caption: string; nameHeading: string; rows: TaxonomyRow[] }) {
  return (
    <div className="overflow-hidden rounded-lg border border-gray-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 text-gray-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              {nameHeading}
            </th>
            <th scope="col" className="w-24 px-4 py-3 text-right font-medium">
              Jobs
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-4 py-3 font-medium text-gray-900">
                <Link href={row.href} className="underline underline-offset-4 hover:decoration-2">
                  {row.label}
                </Link>
              </th>
              <td className="px-4 py-3 text-right text-gray-700 tabular-nums">{row.jobCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
