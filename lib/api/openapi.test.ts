import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { expectMatchesContract, openApiDocument } from '@/tests/helpers/openapi-contract';

describe('the generated OpenAPI document', () => {
  it('is OpenAPI 3.1 with every endpoint and schemas from the zod source', () => {
    expect(openApiDocument.openapi).toBe('3.1.0');
    expect(Object.keys(openApiDocument.paths).sort()).toEqual(['/api/v1/departments', '/api/v1/jobs', '/api/v1/jobs/{id}', '/api/v1/jobs/{id}/applications', '/api/v1/locations']);
    expect(Object.keys(openApiDocument.components.schemas)).toEqual(expect.arrayContaining(['Job', 'JobList', 'Problem', 'ApplicationRequest', 'ApplicationCreated']));
    const params = openApiDocument.paths['/api/v1/jobs'].get.parameters.map((p) => p.name);
    expect(params).toEqual(['q', 'department', 'country', 'workplace', 'type', 'limit', 'cursor']);
  });

  it('has component schemas that compile as JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: 'doc', components: openApiDocument.components });
    for (const id of Object.keys(openApiDocument.components.schemas)) expect(ajv.getSchema(`doc#/components/schemas/${id}`)).toBeTypeOf('function');
  });

  it('lets the contract check fail a response that breaks it', async () => {
    const wrong = Response.json({ data: [{ id: 'one' }], nextCursor: null });
    await expect(expectMatchesContract('/api/v1/jobs', 'get', wrong)).rejects.toThrow(/breaks the contract/);
    const undocumented = new Response('{}', { status: 418, headers: { 'content-type': 'application/json' } });
    await expect(expectMatchesContract('/api/v1/jobs', 'get', undocumented)).rejects.toThrow(/does not document status 418/);
  });
});
