import type { SchemaRow } from '@/lib/api/docs-model';

/** Fields of a schema or an operation's parameters, as a captioned table. */
export function SchemaTable({ caption, rows }: { caption: string; rows: SchemaRow[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-2 text-left font-medium text-gray-900">{caption}</caption>
        <thead className="bg-gray-50 text-gray-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Name</th>
            <th scope="col" className="px-4 py-2 font-medium">Type</th>
            <th scope="col" className="px-4 py-2 font-medium">Required</th>
            <th scope="col" className="px-4 py-2 font-medium">Notes</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="px-4 py-2 font-mono text-xs font-medium text-gray-900">{row.name}</th>
              <td className="px-4 py-2 text-gray-800">{row.type}</td>
              <td className="px-4 py-2 text-gray-800">{row.required ? 'Yes' : 'No'}</td>
              <td className="px-4 py-2 text-gray-700">{row.description ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
