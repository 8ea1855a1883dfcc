import type { SourceCount } from '@/db/types';

/** Where a job's applicants came from: one count per source, most first. */
export function SourceCounts({ counts }: { counts: SourceCount[] }) {
  if (counts.length === 0) return null;
  return (
    <section aria-labelledby="source-counts-title" className="grid gap-2">
      <h2 id="source-counts-title" className="text-sm font-medium text-gray-900">
        Applicants by source
      </h2>
      <ul className="flex flex-wrap gap-2 text-sm">
        {counts.map(({ source, count }) => (
          <li key={source ?? ''} className="inline-flex items-center gap-2 rounded-md border border-gray-200 bg-white px-2.5 py-1 text-gray-700">
            <span className="max-w-64 truncate">{source ?? 'Direct'}</span>
            <span className="font-semibold text-gray-900 tabular-nums">{count.toLocaleString('en-US')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
