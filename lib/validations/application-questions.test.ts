import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PublicQuestion } from './application-questions';
import { buildApplicationSchema, formDataToApplicationInput } from './application';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const pdf = (name = 'cv.pdf', type = 'application/pdf', size = 100) => new File([new Uint8Array(size)], name, { type });

function valid(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', resume: pdf(), consent: 'on', submissionToken: randomUUID(), ...overrides };
}

function q(kind: PublicQuestion['kind'], extra: Partial<PublicQuestion> = {}): PublicQuestion {
  return { key: 'answer', kind, label: 'Question', helpText: null, required: false, options: null, ...extra };
}

function errorsFor(input: Record<string, unknown>, questions: PublicQuestion[]) {
  const result = buildApplicationSchema(questions).safeParse(input);
  return result.success ? {} : zodFieldErrors(result.error);
}

function parse(input: Record<string, unknown>, questions: PublicQuestion[]) {
  const result = buildApplicationSchema(questions).safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(zodFieldErrors(result.error)));
  return result.data;
}

describe('custom questions', () => {
  it('types and limits text answers', () => {
    expect(parse(valid({ q_answer: '  hi ' }), [q('short_text')]).answers).toEqual({ answer: 'hi' });
    expect(errorsFor(valid({ q_answer: 'a'.repeat(301) }), [q('short_text')])).toEqual({ q_answer: ['Keep your answer to 300 characters or fewer'] });
    expect(errorsFor(valid({ q_answer: 'a'.repeat(5001) }), [q('long_text')])).toEqual({ q_answer: ['Keep your answer to 5000 characters or fewer'] });
    expect(errorsFor(valid({ q_answer: '   ' }), [q('short_text', { required: true })])).toEqual({ q_answer: ['Answer this question'] });
    expect(parse(valid({ q_answer: '' }), [q('long_text')]).answers).toEqual({});
  });

  it('refuses a NUL character in a text answer, which jsonb cannot store, on that answer', () => {
    const nul = 'Remove the invisible control character (NUL) from this field';
    expect(errorsFor(valid({ q_answer: 'Post\u0000gres' }), [q('short_text')])).toEqual({ q_answer: [nul] });
    expect(errorsFor(valid({ q_answer: '\u0000' }), [q('long_text', { required: true })])).toEqual({ q_answer: [nul] });
  });

  it('stores yes/no as a boolean and refuses other values', () => {
    expect(parse(valid({ q_answer: 'no' }), [q('yes_no')]).answers).toEqual({ answer: false });
    expect(errorsFor(valid({ q_answer: 'maybe' }), [q('yes_no')])).toEqual({ q_answer: ['Choose yes or no'] });
    expect(errorsFor(valid({}), [q('yes_no', { required: true })])).toEqual({ q_answer: ['Choose yes or no'] });
  });

  it('accepts one of the options for a single choice', () => {
    const question = q('single_choice', { options: ['Remote', 'Office'], required: true });
    expect(parse(valid({ q_answer: 'Office' }), [question]).answers).toEqual({ answer: 'Office' });
    expect(errorsFor(valid({ q_answer: 'Moon' }), [question])).toEqual({ q_answer: ['Choose one of the options'] });
  });

  it('accepts a subset of the options for a multiple choice, from repeated FormData keys', () => {
    const question = q('multiple_choice', { options: ['TS', 'Go', 'Rust'], required: true });
    const formData = new FormData();
    formData.append('q_answer', 'TS');
    formData.append('q_answer', 'Rust');
    const fromForm = formDataToApplicationInput(formData, [question]).q_answer;
    expect(fromForm).toEqual(['TS', 'Rust']);
    expect(parse(valid({ q_answer: fromForm }), [question]).answers).toEqual({ answer: ['TS', 'Rust'] });
    expect(parse(valid({ q_answer: 'Go' }), [question]).answers).toEqual({ answer: ['Go'] });
    expect(errorsFor(valid({ q_answer: ['TS', 'COBOL'] }), [question])).toEqual({ q_answer: ['Choose only from the options listed'] });
    expect(errorsFor(valid({ q_answer: false }), [question])).toEqual({ q_answer: ['Choose at least one option'] });
    expect(parse(valid({ q_answer: [] }), [{ ...question, required: false }]).answers).toEqual({});
  });

  it('coerces numbers and refuses anything not finite', () => {
    expect(parse(valid({ q_answer: ' 3.5 ' }), [q('number')]).answers).toEqual({ answer: 3.5 });
    for (const value of ['three', 'Infinity', '1e999']) {
      expect(errorsFor(valid({ q_answer: value }), [q('number')]), value).toEqual({ q_answer: ['Enter a number, for example 5 or 2.5'] });
    }
    expect(errorsFor(valid({ q_answer: '' }), [q('number', { required: true })])).toEqual({ q_answer: ['Enter a number, for example 5 or 2.5'] });
  });

  it('accepts only http(s) URLs', () => {
    expect(parse(valid({ q_answer: 'https://github.com/ada' }), [q('url')]).answers).toEqual({ answer: 'https://github.com/ada' });
    expect(errorsFor(valid({ q_answer: 'javascript:alert(1)' }), [q('url')])).toHaveProperty('q_answer');
  });

  it('checks file answers like the resume, optional unless required', () => {
    const parsed = parse(valid({ q_answer: pdf('sample.docx', '') }), [q('file')]);
    expect(parsed.questionFiles.answer?.name).toBe('sample.docx');
    expect(parsed.answers).toEqual({});
    expect(errorsFor(valid({ q_answer: new File([], '') }), [q('file')])).toEqual({});
    expect(errorsFor(valid({}), [q('file', { required: true })])).toEqual({ q_answer: ['Attach a file (PDF, DOC or DOCX)'] });
    expect(errorsFor(valid({ q_answer: pdf('sample.png', 'image/png') }), [q('file')])).toEqual({ q_answer: ['Upload a PDF, DOC or DOCX file'] });
  });
});

