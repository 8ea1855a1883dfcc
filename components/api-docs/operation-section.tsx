import type { OperationView } from '@/lib/api/docs-model';
import { SchemaTable } from './schema-table';

/** One endpoint: what it does, what it takes, and what it answers. */
export function OperationSection({ operation }: { operation: OperationView }) {
  return (
    <section aria-labelledby={`op-${operation.id}`} className="grid gap-3 border-t border-gray-200 pt-6">
      <h3 id={`op-${operation.id}`} className="text-lg font-semibold text-gray-900">
        <span className="mr-2 rounded bg-gray-900 px-2 py-0.5 font-mono text-sm text-white">{operation.method}</span>
        <code className="font-mono text-base">{operation.path}</code>
      </h3>
      <p className="font-medium text-gray-900">{operation.summary}</p>
      {operation.description ? <p className="text-gray-700">{operation.description}</p> : null}
      <SchemaTable caption="Parameters" rows={operation.parameters} />
      {operation.requestTypes.length > 0 ? (
        <div className="grid gap-1">
          <h4 className="font-medium text-gray-900">Request body</h4>
          <ul className="list-disc pl-6 text-gray-700">
            {operation.requestTypes.map((type) => (
              <li key={type.contentType}>
                <code>{type.contentType}</code>: {type.schema}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="grid gap-1">
        <h4 className="font-medium text-gray-900">Responses</h4>
        <dl className="grid grid-cols-[4rem_1fr] gap-x-3 gap-y-1 text-sm">
          {operation.responses.map((response) => (
            <div key={response.status} className="contents">
              <dt className="font-mono text-gray-900">{response.status}</dt>
              <dd className="text-gray-700">
                {response.description}
                {response.schema ? <span className="text-gray-600"> ({response.schema})</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
