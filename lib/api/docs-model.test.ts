import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/tests/helpers/openapi-contract';
import { operationViews, propertyRows, typeLabel } from './docs-model';

describe('the docs page model', () => {
  it('labels schema types for people', () => {
    expect(typeLabel({ anyOf: [{ $ref: '#/components/schemas/Pay' }, { type: 'null' }] })).toBe('Pay or null');
    expect(typeLabel({ type: 'array', items: { $ref: '#/components/schemas/Job' } })).toBe('array of Job');
    expect(typeLabel({ type: 'string', enum: ['a', 'b'] })).toBe('one of "a", "b"');
    expect(typeLabel({ type: 'string', format: 'date-time' })).toBe('string (date-time)');
  });

  it('lists every operation of the generated document with its responses', () => {
    const views = operationViews(openApiDocument.paths as never);
    expect(views.map((v) => `${v.method} ${v.path}`)).toContain('POST /api/v1/jobs/{id}/applications');
    const apply = views.find((v) => v.id === 'createApplication');
    expect(apply?.responses.map((r) => r.status)).toEqual(expect.arrayContaining(['201', '413', '429']));
    expect(propertyRows(openApiDocument.components.schemas.Job as never).find((r) => r.name === 'status')).toMatchObject({ required: true });
  });
});
