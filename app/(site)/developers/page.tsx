import type { Metadata } from 'next';
import { OperationSection } from '@/components/api-docs/operation-section';
import { SchemaTable } from '@/components/api-docs/schema-table';
import { API_APPLY_LIMITS_DOC } from '@/lib/api/apply-limits-doc';
import { operationViews, propertyRows, type Schema } from '@/lib/api/docs-model';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { PROBLEMS } from '@/lib/api/problem';
import { env } from '@/lib/env';

// Per request: the site layout reads the company settings, which `next build` has no database for.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Developers: public API', description: 'The JSON API for open jobs and applications.' };

// Rendered on the server from the generated OpenAPI document: no client script, no CDN, so the
// strict CSP holds, and the page cannot drift from /api/v1/openapi.json.
export default function DevelopersPage() {
  const document = buildOpenApiDocument(env.APP_URL);
  const operations = operationViews(document.paths as never);
  const schemas = Object.entries(document.components.schemas).filter(([, schema]) => (schema as Schema).type === 'object');

  return (
    <div className="mx-auto grid w-full max-w-4xl gap-8 px-4 py-8 sm:px-6">
      <div className="grid gap-3">
        <h1 className="text-3xl font-semibold tracking-tight text-gray-900">Public API</h1>
        <p className="text-gray-700">{document.info.description}</p>
        <p className="text-gray-700">
          The machine-readable description is at{' '}
          <a href="/api/v1/openapi.json" className="underline underline-offset-4">
            /api/v1/openapi.json
          </a>{' '}
          (OpenAPI 3.1).
        </p>
      </div>

      <section aria-labelledby="basics" className="grid gap-3">
        <h2 id="basics" className="text-xl font-semibold text-gray-900">Basics</h2>
        <ul className="list-disc space-y-1 pl-6 text-gray-700">
          <li>Reads are public and allow any origin (CORS). They carry an <code>ETag</code>; send it back as <code>If-None-Match</code> to get a 304.</li>
          <li>Lists show open jobs only, newest first; one job by id also answers for closed jobs (<code>status: &quot;closed&quot;</code>), never for drafts.</li>
          <li>Applying needs no key and may be called from a browser. Servers can send <code>Authorization: Bearer ptc_…</code> (keys from an admin) for higher limits: {API_APPLY_LIMITS_DOC}.</li>
          <li>Send an <code>Idempotency-Key</code> header (e.g. a UUID) when applying: a retry with the same key and body replays the first answer and never makes a second application; the same key with another body is refused.</li>
          <li>Errors are <code>application/problem+json</code> (RFC 9457), with <code>errors</code> naming each invalid field.</li>
        </ul>
      </section>

      <section aria-labelledby="endpoints" className="grid gap-6">
        <h2 id="endpoints" className="text-xl font-semibold text-gray-900">Endpoints</h2>
        {operations.map((operation) => (
          <OperationSection key={operation.id} operation={operation} />
        ))}
      </section>

      <section aria-labelledby="schemas" className="grid gap-4">
        <h2 id="schemas" className="text-xl font-semibold text-gray-900">Schemas</h2>
        {schemas.map(([name, schema]) => (
          <div key={name} id={`schema-${name}`}>
            <SchemaTable caption={name} rows={propertyRows(schema as Schema)} />
          </div>
        ))}
      </section>

      <section aria-labelledby="problems" className="grid gap-3">
        <h2 id="problems" className="text-xl font-semibold text-gray-900">Problem types</h2>
        <dl className="grid gap-2">
          {Object.entries(PROBLEMS).map(([type, { status, title }]) => (
            <div key={type} id={`problem-${type}`}>
              <dt className="font-mono text-sm text-gray-900">
                {status} {type}
              </dt>
              <dd className="text-gray-700">{title}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
