// Turns the generated OpenAPI document into plain rows for the /developers page, so the
// page shows exactly what the document says and is never a second, hand-written copy.

export type Schema = Record<string, unknown>;

export interface SchemaRow {
  name: string;
  type: string;
  required: boolean;
  description?: string;
}

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;

/** A short human label of a JSON schema's type: "string", "Job or null", "array of JobSummary". */
export function typeLabel(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (typeof schema.$ref === 'string') return refName(schema.$ref);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeLabel).join(' or ');
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Schema[]).map(typeLabel).join(' or ');
  if (Array.isArray(schema.enum)) return `one of ${(schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if ('const' in schema) return JSON.stringify(schema.const);
  if (schema.type === 'array') return `array of ${typeLabel(schema.items as Schema | undefined)}`;
  if (schema.type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    return `map of ${typeLabel(schema.additionalProperties as Schema)}`;
  }
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
  return `${typeof schema.type === 'string' ? schema.type : 'any'}${format}`;
}

/** One row per property of an object schema. */
export function propertyRows(schema: Schema): SchemaRow[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    type: typeLabel(property),
    required: required.has(name),
    description: typeof property.description === 'string' ? property.description : undefined,
  }));
}

export interface OperationView {
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  parameters: SchemaRow[];
  requestTypes: Array<{ contentType: string; schema: string }>;
  responses: Array<{ status: string; description: string; schema?: string }>;
}

type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Schema; description?: string }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

export function operationViews(paths: Record<string, Record<string, Operation>>): OperationView[] {
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      id: op.operationId,
      method: method.toUpperCase(),
      path,
      summary: op.summary,
      description: op.description,
      parameters: (op.parameters ?? []).map((p) => ({ name: `${p.name} (${p.in})`, type: typeLabel(p.schema), required: Boolean(p.required), description: p.description })),
      requestTypes: Object.entries(op.requestBody?.content ?? {}).map(([contentType, media]) => ({
        contentType,
        schema: typeof media.schema.$ref === 'string' ? refName(media.schema.$ref) : 'the same fields as form parts (files as binary parts, answers as q_<key>)',
      })),
      responses: Object.entries(op.responses).map(([status, response]) => {
        const media = Object.values(response.content ?? {})[0];
        return { status, description: response.description, schema: media ? typeLabel(media.schema) : undefined };
      }),
    })),
  );
}
