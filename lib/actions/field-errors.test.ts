import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseFailure, zodFieldErrors } from './field-errors';

const schema = z.object({
  id: z.coerce.number().int().positive(),
  name: z.string().min(2, 'Too short').regex(/^[a-z]+$/, 'Letters only'),
  tags: z.array(z.object({ label: z.string().min(1, 'Needs a label') })),
});
const errorOf = (input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error;
};

describe('zodFieldErrors', () => {
  it('keeps every message per field, keyed by the first path segment', () => {
    const errors = zodFieldErrors(errorOf({ id: 1, name: '1', tags: [{ label: '' }] }));
    expect(errors).toEqual({ name: ['Too short', 'Letters only'], tags: ['Needs a label'] });
  });

  it('keys nested groups by their whole path under a prefix', () => {
    expect(zodFieldErrors(errorOf({ id: 1, name: 'ok', tags: [{ label: 'a' }, { label: '' }] }), { nested: 'questions' })).toEqual({
      'questions.tags.1.label': ['Needs a label'],
    });
  });

  it('lists a repeated message once', () => {
    const error = new z.ZodError([
      { code: 'custom', path: ['name'], message: 'Taken', input: '' },
      { code: 'custom', path: ['name'], message: 'Taken', input: '' },
    ]);
    expect(zodFieldErrors(error)).toEqual({ name: ['Taken'] });
  });
});

describe('parseFailure', () => {
  it('answers a hidden field’s problem as the summary, not as a field error', () => {
    const failure = parseFailure(errorOf({ id: 'x', name: '1', tags: [] }), ['name'] as const, 'Check the fields');
    expect(failure.fieldErrors).toEqual({ name: ['Too short', 'Letters only'] });
    expect(failure.message).not.toBe('Check the fields');
  });

  it('falls back to the summary given when every problem is in a visible field', () => {
    expect(parseFailure(errorOf({ id: 1, name: '', tags: [] }), ['name'] as const, 'Check the fields').message).toBe('Check the fields');
  });
});
