import { describe, expect, it } from 'vitest';
import type { PublicQuestion } from '@/db/queries/application-form';
import { formDataToApplicationInput } from '@/lib/validations/application';
import { applicationFormData } from '@/tests/helpers/apply';
import { applicationSchemaFor } from './application-schema';

const questions = (required: boolean): PublicQuestion[] => [
  { key: 'years', kind: 'number', label: 'Years of experience', helpText: null, options: null, required },
  { key: 'languages', kind: 'multiple_choice', label: 'Languages', helpText: null, required: false, options: ['TypeScript', 'Go'] },
];

describe('applicationSchemaFor', () => {
  it('builds a job’s schema once, though each post brings its own copy of the questions', () => {
    const first = applicationSchemaFor(questions(true));
    expect(applicationSchemaFor(structuredClone(questions(true)))).toBe(first);
  });

  it('builds a new schema when a question changes, so an edit is never checked by the old one', () => {
    const post = applicationFormData();
    const required = applicationSchemaFor(questions(true));
    const optional = applicationSchemaFor(questions(false));
    expect(optional).not.toBe(required);
    const issues = required.safeParse(formDataToApplicationInput(post, questions(true))).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['q_years']);
    expect(optional.safeParse(formDataToApplicationInput(post, questions(false))).success).toBe(true);
  });
});
