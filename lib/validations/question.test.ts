import { describe, expect, it } from 'vitest';
import { blankDraft, keyFromLabel, moveItem, questionListSchema, uniqueKey, type QuestionDraft } from './question';
import { zodFieldErrors } from '@/lib/actions/field-errors';

const draft = (overrides: Partial<QuestionDraft> = {}): QuestionDraft => ({ ...blankDraft(), label: 'Why us?', ...overrides });

function errorsOf(drafts: QuestionDraft[]) {
  const result = questionListSchema.safeParse(drafts);
  return result.success ? {} : zodFieldErrors(result.error, { nested: 'questions' });
}

describe('questionListSchema', () => {
  it('trims and shapes a valid list; options only for choice questions', () => {
    const result = questionListSchema.parse([
      draft({ key: 'why-us', label: '  Why us?  ', helpText: '   ', required: true, options: 'left over' }),
      draft({ kind: 'single_choice', label: 'Start date', options: ' Now \n\n In a month \r\n' }),
    ]);
    expect(result).toEqual([
      { key: 'why-us', kind: 'short_text', label: 'Why us?', helpText: null, required: true, options: null },
      { key: null, kind: 'single_choice', label: 'Start date', helpText: null, required: false, options: ['Now', 'In a month'] },
    ]);
  });

  it('refuses a choice question without options, and repeated options', () => {
    expect(errorsOf([draft({ kind: 'multiple_choice', options: ' \n ' })])).toEqual({
      'questions.0.options': ['List at least one option, one per line'],
    });
    expect(errorsOf([draft({ kind: 'single_choice', options: 'Remote\nOffice\nremote' })])).toEqual({
      'questions.0.options': ['“remote” is listed more than once'],
    });
  });

  it('limits options to 50 of at most 200 characters', () => {
    const many = Array.from({ length: 51 }, (_, i) => `Option ${i}`).join('\n');
    expect(errorsOf([draft({ kind: 'single_choice', options: many })])).toEqual({
      'questions.0.options': ['A question can have at most 50 options'],
    });
    expect(questionListSchema.safeParse([draft({ kind: 'single_choice', options: many.split('\n').slice(0, 50).join('\n') })]).success).toBe(true);
    expect(errorsOf([draft({ kind: 'single_choice', options: 'x'.repeat(201) })])).toEqual({
      'questions.0.options': ['Keep each option to 200 characters or fewer'],
    });
  });

  it('needs a label of 1 to 300 characters, and reports every field at once', () => {
    expect(questionListSchema.safeParse([draft({ label: 'x'.repeat(300) })]).success).toBe(true);
    expect(errorsOf([draft({ label: 'x'.repeat(301) })])).toEqual({ 'questions.0.label': ['Keep the question to 300 characters or fewer'] });
    expect(errorsOf([draft(), draft({ label: '   ', kind: 'single_choice', helpText: 'h'.repeat(501) })])).toEqual({
      'questions.1.label': ['Write the question'],
      'questions.1.helpText': ['Keep the help text to 500 characters or fewer'],
      'questions.1.options': ['List at least one option, one per line'],
    });
  });

  it('refuses two questions with the same label, and more than 50 questions', () => {
    expect(errorsOf([draft({ label: 'Portfolio' }), draft({ label: 'portfolio ' })])).toEqual({
      'questions.1.label': ['Another question already asks this'],
    });
    const fifty = Array.from({ length: 50 }, (_, i) => draft({ label: `Question ${i}` }));
    expect(questionListSchema.safeParse(fifty).success).toBe(true);
    expect(errorsOf([...fifty, draft({ label: 'One more' })])).toEqual({ questions: ['A job can have at most 50 questions'] });
  });
});

describe('keys', () => {
  it('are kebab-case words of the label', () => {
    expect(keyFromLabel('Are you authorised to work in the EU?')).toBe('are-you-authorised-to-work-in-the-eu');
    expect(keyFromLabel('  Años de experiencia (C++)  ')).toBe('anos-de-experiencia-c');
    expect(keyFromLabel('¿?')).toBe('question');
  });

  it('stop at a word boundary within 60 characters', () => {
    const key = keyFromLabel('Tell us about a time you disagreed with a decision and what you did about it');
    expect(key).toBe('tell-us-about-a-time-you-disagreed-with-a-decision-and-what');
    expect(key.length).toBeLessThanOrEqual(60);
  });

  it('take the first free suffix', () => {
    expect(uniqueKey('portfolio', new Set())).toBe('portfolio');
    expect(uniqueKey('portfolio', new Set(['portfolio', 'portfolio-2']))).toBe('portfolio-3');
  });
});

describe('moveItem', () => {
  it('moves one item and ignores moves off the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});
