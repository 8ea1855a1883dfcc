import { expect } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildOpenApiDocument } from '@/lib/api/openapi';

// Contract checks: a response is valid when it matches the schema the generated OpenAPI
// document gives for its path, method, status and content type (ajv, JSON Schema 2020-12).

export const openApiDocument = buildOpenApiDocument('http://localhost');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: openApiDocument.components });

type Operation = { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> };

/** Throws with ajv's errors unless the response matches the document; returns the parsed body. */
export async function expectMatchesContract(path: keyof typeof openApiDocument.paths, method: 'get' | 'post', response: Response): Promise<unknown> {
  const operation = (openApiDocument.paths[path] as Record<string, Operation>)[method];
  if (!operation) throw new Error(`${method} ${path} is not in the document`);
  const documented = operation.responses[String(response.status)];
  if (!documented) throw new Error(`${method} ${path} does not document status ${response.status}`);
  if (!documented.content) {
    expect(await response.text()).toBe('');
    return null;
  }
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const media = documented.content[contentType];
  if (!media) throw new Error(`${method} ${path} ${response.status} does not document ${contentType}`);
  const body: unknown = await response.json();
  const validate = ajv.getSchema(`openapi${media.schema.$ref}`);
  if (!validate) throw new Error(`No schema at ${media.schema.$ref}`);
  if (!validate(body)) throw new Error(`${method} ${path} ${response.status} breaks the contract: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

/** An IP of its own per test, so the per-IP rate limit of one test never touches another. */
export function uniqueIp(): string {
  const part = () => Math.floor(Math.random() * 0xffff).toString(16);
  return `2001:db8:${part()}:${part()}::${part()}`;
}
