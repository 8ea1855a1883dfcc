import { z } from 'zod';
import { EMPLOYMENT_TYPES, WORKPLACE_TYPES } from '@/lib/domain/job-enums';
import { apiApplicationJsonSchema } from '@/lib/validations/api-application';
import { jobListQuerySchema } from '@/lib/validations/api';
import { API_APPLY_LIMITS_DOC } from './apply-limits-doc';
import { PROBLEMS, PROBLEM_CONTENT_TYPE } from './problem';
import { API_MAX_BODY_BYTES } from './read-body';

// The OpenAPI 3.1 document, generated: every schema comes from the zod schemas in
// lib/validations/api*.ts (z.toJSONSchema, draft 2020-12, which OpenAPI 3.1 uses as is).
// Only the paths — which endpoint answers with which schema — are written here.

type JsonSchema = Record<string, unknown>;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Drops $schema and $id: inside an OpenAPI document a component is addressed by its name. */
function strip(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

function componentSchemas(): Record<string, JsonSchema> {
  // Touch the request schema so its registration has run before the registry is read.
  void apiApplicationJsonSchema;
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri: (id) => `#/components/schemas/${id}`, io: 'output' });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, strip(schema as JsonSchema)]));
}

/** The multipart form of an application: the JSON fields, files as binary parts. */
function multipartApplicationSchema(json: JsonSchema): JsonSchema {
  const properties = { ...(json.properties as Record<string, JsonSchema>) };
  delete properties.answers;
  delete properties.utm;
  return {
    type: 'object',
    required: json.required,
    properties: {
      ...properties,
      consent: { type: 'string', enum: ['on', 'true'], description: 'The candidate agreed to the privacy notice.' },
      resume: { type: 'string', contentMediaType: 'application/octet-stream', description: 'PDF, DOC or DOCX, at most 10 MB.' },
    },
    patternProperties: {
      '^q_': { description: 'The answer to the question with key <key> as q_<key>; repeat the part for multiple choices; a file for file questions.' },
      '^utm_(source|medium|campaign|term|content)$': { type: 'string' },
    },
  };
}

function queryParameters(): JsonSchema[] {
  const schema = z.toJSONSchema(jobListQuerySchema, { io: 'input' }) as { properties: Record<string, JsonSchema> };
  return Object.entries(schema.properties).map(([name, property]) => ({ name, in: 'query', required: false, schema: property, description: property.description }));
}

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } } });
const json = (description: string, id: string, headers?: JsonSchema) => ({ description, ...(headers ? { headers } : {}), content: { 'application/json': { schema: ref(id) } } });
const etagHeaders = { ETag: { schema: { type: 'string' }, description: 'Strong hash of the body; send it back as If-None-Match.' }, 'Cache-Control': { schema: { type: 'string' } } };
const readResponses = (id: string, description: string) => ({
  200: json(description, id, etagHeaders),
  304: { description: 'Not modified: the If-None-Match ETag is current.' },
  401: problem('The Authorization header holds an unknown, revoked or malformed key.'),
  500: problem('Unexpected failure.'),
});
const jobIdParameter = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

export function buildOpenApiDocument(serverUrl: string) {
  const schemas = componentSchemas();
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Portico public API',
      version: '1.0.0',
      description:
        'Open jobs, departments and locations (public, CORS, ETag), and applying to a job. Reads need no key. ' +
        `Apply accepts an Idempotency-Key header and is rate-limited (${API_APPLY_LIMITS_DOC}). Errors are RFC 9457 problem details.`,
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas,
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key made by an admin at /admin/api-keys (ptc_…).' } },
    },
    security: [{}, { apiKey: [] }],
    paths: {
      '/api/v1/jobs': {
        get: {
          operationId: 'listJobs',
          summary: 'Open jobs, newest first',
          description: `Filters combine. Pages by cursor: pass nextCursor as ?cursor=. Closed and draft jobs are never listed. workplace: ${WORKPLACE_TYPES.join(', ')}; type: ${EMPLOYMENT_TYPES.join(', ')}.`,
          parameters: queryParameters(),
          responses: { ...readResponses('JobList', 'A page of open jobs.'), 422: problem('An invalid query parameter or cursor.') },
        },
      },
      '/api/v1/jobs/{id}': {
        get: {
          operationId: 'getJob',
          summary: 'One job with its questions and pay',
          description: 'Open and closed jobs (status tells which); a draft, archived or unknown id is a 404.',
          parameters: [jobIdParameter],
          responses: { ...readResponses('Job', 'The job.'), 404: problem('No published job has this id.') },
        },
      },
      '/api/v1/jobs/{id}/applications': {
        post: {
          operationId: 'createApplication',
          summary: 'Apply to a job',
          description: `The same checks as the careers site's form. Body at most ${API_MAX_BODY_BYTES / 1024 / 1024} MB.`,
          parameters: [
            jobIdParameter,
            { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 1, maxLength: 255 }, description: 'Retries with the same key and body replay the first answer.' },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('ApplicationRequest') },
              'multipart/form-data': { schema: multipartApplicationSchema(schemas.ApplicationRequest ?? {}) },
            },
          },
          responses: {
            201: json('Application received.', 'ApplicationCreated'),
            400: problem('Unreadable body or bad Idempotency-Key.'),
            401: problem('Unknown, revoked or malformed API key.'),
            404: problem('No open or closed published job has this id.'),
            409: problem('The job is closed, the email already applied, or the same Idempotency-Key is still in flight.'),
            413: problem('The body is too large.'),
            415: problem('Neither JSON nor multipart.'),
            422: problem('Invalid fields (see errors), or an Idempotency-Key reused with another body.'),
            429: problem('Rate limited; see Retry-After.'),
            500: problem('Unexpected failure; nothing was saved.'),
          },
        },
      },
      '/api/v1/departments': { get: { operationId: 'listDepartments', summary: 'Departments with open jobs', responses: readResponses('DepartmentList', 'The departments.') } },
      '/api/v1/locations': { get: { operationId: 'listLocations', summary: 'Locations with open jobs', responses: readResponses('LocationList', 'The locations.') } },
    },
    'x-problem-types': Object.fromEntries(Object.entries(PROBLEMS).map(([type, { status, title }]) => [type, { status, title }])),
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
