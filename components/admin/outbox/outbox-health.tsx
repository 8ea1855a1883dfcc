import type { OutboxHealth } from '@/db/types';

function waited(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

/** Queue depth and failures, so an admin sees at once whether the worker keeps up. */
export function OutboxHealthSummary({ health }: { health: OutboxHealth }) {
  const { counts } = health;
  const tiles = [
    { label: 'Waiting to send', value: String(counts.queued + counts.sending), detail: health.oldestQueuedSeconds === null ? 'Nothing waiting.' : `Oldest waiting ${waited(health.oldestQueuedSeconds)}.` },
    { label: 'Failed', value: String(counts.failed), detail: counts.failed === 0 ? 'No email has failed for good.' : 'Gave up after every retry: see the last error below.' },
    { label: 'Sent', value: String(counts.sent), detail: 'Accepted by the SMTP server.' },
    { label: 'Kept, not sent', value: String(counts.kept), detail: 'No SMTP server was configured when they were processed.' },
  ];
  return (
    <section aria-labelledby="outbox-health" className="grid gap-3">
      <h2 id="outbox-health" className="text-lg font-semibold text-gray-900">
        Worker health
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="grid content-start gap-1 rounded-lg border border-gray-200 bg-white p-4">
            <dt className="text-sm font-medium text-gray-700">{tile.label}</dt>
            <dd className="text-2xl font-semibold text-gray-900 tabular-nums">{tile.value}</dd>
            <dd className="text-sm text-gray-700">{tile.detail}</dd>
          </div>
        ))}
      </dl>
      {health.queues.length > 0 ? (
        <table className="w-full max-w-xl text-left text-sm">
          <caption className="mb-1 text-left font-medium text-gray-900">Background job queues (pg-boss)</caption>
          <thead>
            <tr className="border-b border-gray-200 text-gray-700">
              <th scope="col" className="py-1 pr-4 font-medium">Queue</th>
              <th scope="col" className="py-1 pr-4 font-medium">State</th>
              <th scope="col" className="py-1 font-medium">Jobs</th>
            </tr>
          </thead>
          <tbody>
            {health.queues.map((q) => (
              <tr key={`${q.name}:${q.state}`} className="border-b border-gray-100">
                <td className="py-1 pr-4 font-mono">{q.name}</td>
                <td className="py-1 pr-4">{q.state}</td>
                <td className="py-1 tabular-nums">{q.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-gray-700">The background worker has not started yet: run <code>npm run worker</code> (npm run dev and npm start start it).</p>
      )}
    </section>
  );
}
