import { describe, expect, it } from 'vitest';
import { blankDraft } from '@/lib/validations/question';
import { applyIntent, readQuestionForm } from './form-data';

function post(fields: Array<[string, string]>): FormData {
  const formData = new FormData();
  for (const [name, value] of fields) formData.append(name, value);
  return formData;
}

const card = (index: number, label: string, extra: Array<[string, string]> = []): Array<[string, string]> => [
  [`questions[${index}][key]`, ''],
  [`questions[${index}][kind]`, 'short_text'],
  [`questions[${index}][label]`, label],
  [`questions[${index}][helpText]`, ''],
  [`questions[${index}][options]`, ''],
  ...extra,
];

describe('readQuestionForm', () => {
  it('reads the list in index order, with the intent and the loaded version', () => {
    const form = readQuestionForm(
      post([
        ['questionSetId', '42'],
        ['intent', 'down:0'],
        ...card(1, 'Second', [['questions[1][required]', 'on']]),
        ...card(0, 'First', [['questions[0][kind]', 'yes_no']]),
      ]),
    );
    expect(form.questionSetId).toBe(42);
    expect(form.intent).toEqual({ type: 'down', index: 0 });
    expect(form.drafts.map((d) => [d.label, d.kind, d.required])).toEqual([
      ['First', 'yes_no', false],
      ['Second', 'short_text', true],
    ]);
  });

  it('treats a missing or unknown intent as save, and an unknown kind as short text', () => {
    expect(readQuestionForm(post([])).intent).toEqual({ type: 'save' });
    expect(readQuestionForm(post([['intent', 'drop tables']])).intent).toEqual({ type: 'save' });
    expect(readQuestionForm(post(card(0, 'x', [['questions[0][kind]', 'essay']]))).drafts[0]?.kind).toBe('short_text');
  });

  it('keeps a job without a set apart from a tampered id', () => {
    expect(readQuestionForm(post([['questionSetId', '']])).questionSetId).toBeNull();
    expect(readQuestionForm(post([['questionSetId', 'abc']])).questionSetId).toBe(-1);
  });

  it('ignores fields that are not part of a question', () => {
    const form = readQuestionForm(post([...card(0, 'Only'), ['questions[0][admin]', 'yes'], ['questions[x][label]', 'no']]));
    expect(form.drafts).toHaveLength(1);
  });
});

describe('applyIntent', () => {
  const list = ['A', 'B', 'C'].map((label) => ({ ...blankDraft(), label }));
  const labels = (drafts: typeof list) => drafts.map((d) => d.label);

  it('adds a blank question, removes and moves', () => {
    expect(labels(applyIntent(list, { type: 'add' }))).toEqual(['A', 'B', 'C', '']);
    expect(labels(applyIntent(list, { type: 'remove', index: 1 }))).toEqual(['A', 'C']);
    expect(labels(applyIntent(list, { type: 'up', index: 2 }))).toEqual(['A', 'C', 'B']);
    expect(labels(applyIntent(list, { type: 'down', index: 0 }))).toEqual(['B', 'A', 'C']);
    expect(labels(applyIntent(list, { type: 'up', index: 0 }))).toEqual(['A', 'B', 'C']);
  });

  it('adds nothing past 50 questions', () => {
    const full = Array.from({ length: 50 }, () => blankDraft());
    expect(applyIntent(full, { type: 'add' })).toHaveLength(50);
  });
});
