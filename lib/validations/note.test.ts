import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NOTE_MESSAGES, noteSchema } from './note';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const fieldErrorsOf = (error: z.ZodError) => zodFieldErrors(error) as Record<string, string[] | undefined>;

describe('noteSchema', () => {
  it('accepts 1 to 10,000 characters, trimming only the ends', () => {
    expect(noteSchema.parse({ applicationId: '12', body: '  Line one\n\nLine two  ' })).toEqual({ applicationId: 12, body: 'Line one\n\nLine two' });
    expect(noteSchema.safeParse({ applicationId: '1', body: 'x'.repeat(10_000) }).success).toBe(true);
  });

  it('reports every field error at once', () => {
    const result = noteSchema.safeParse({ applicationId: 'abc', body: ' \n ' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({ applicationId: [NOTE_MESSAGES.application], body: [NOTE_MESSAGES.missing] });
  });

  it('refuses a missing or overlong body and an id outside int4', () => {
    const missing = noteSchema.safeParse({ applicationId: '1' });
    expect(missing.success || fieldErrorsOf(missing.error).body).toEqual([NOTE_MESSAGES.missing]);
    const long = noteSchema.safeParse({ applicationId: '1', body: 'x'.repeat(10_001) });
    expect(long.success || fieldErrorsOf(long.error).body).toEqual([NOTE_MESSAGES.tooLong]);
    expect(noteSchema.safeParse({ applicationId: '2147483648', body: 'x' }).success).toBe(false);
    expect(noteSchema.safeParse({ applicationId: '-3', body: 'x' }).success).toBe(false);
  });
});
