// Before → after of one audit entry, as text: React escapes every value, and nothing is ever
// rendered as HTML, whatever an entry holds.

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return null;
  if ((before == null || isPlainObject(before)) && (after == null || isPlainObject(after))) {
    const from = before ?? {};
    const to = after ?? {};
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    return (
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Changes</caption>
          <thead className="text-gray-600">
            <tr>
              <th scope="col" className="py-1 pr-4 font-medium">
                Field
              </th>
              <th scope="col" className="py-1 pr-4 font-medium">
                Before
              </th>
              <th scope="col" className="py-1 font-medium">
                After
              </th>
            </tr>
          </thead>
          <tbody className="align-top font-mono text-xs text-gray-900">
            {keys.map((key) => (
              // Unchanged values are context (e.g. a reason left empty); changed ones stand out.
              <tr key={key} className={show(from[key]) === show(to[key]) ? 'border-t border-gray-100 text-gray-600' : 'border-t border-gray-100'}>
                <th scope="row" className="w-1/4 py-1 pr-4 font-sans text-sm font-medium">
                  {key}
                </th>
                <td className="py-1 pr-4 break-all">{show(from[key])}</td>
                <td className="py-1 break-all">{show(to[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-2">
      {[
        ['Before', before],
        ['After', after],
      ].map(([label, value]) => (
        <div key={String(label)} className="grid gap-1">
          <dt className="font-medium text-gray-600">{String(label)}</dt>
          <dd>
            <pre className="overflow-x-auto rounded bg-gray-50 p-2 font-mono text-xs whitespace-pre-wrap text-gray-900">
              {value == null ? '—' : JSON.stringify(value, null, 2)}
            </pre>
          </dd>
        </div>
      ))}
    </dl>
  );
}
