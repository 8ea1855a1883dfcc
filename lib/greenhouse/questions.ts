// The application form as Greenhouse's `questions` array, so a client can draw Portico's form.
// Field types are Greenhouse's (input_text, textarea, input_file, multi_value_single_select,
// multi_value_multi_select); the standard fields carry Greenhouse's standard names.
import type { BoardQuestion } from '@/db/queries/public-board';
import type { QuestionKind } from '@/lib/domain/job-enums';
import type { GhField, GhFieldType, GhQuestion } from './types';

const field = (name: string, type: GhFieldType, values: GhField['values'] = []): GhField => ({ name, type, values });

// Portico's own fields, in the order of its form (components/apply/application-form.tsx).
const STANDARD_QUESTIONS: GhQuestion[] = [
  { required: true, label: 'First Name', description: null, fields: [field('first_name', 'input_text')] },
  { required: true, label: 'Last Name', description: null, fields: [field('last_name', 'input_text')] },
  { required: true, label: 'Email', description: null, fields: [field('email', 'input_text')] },
  { required: false, label: 'Phone', description: null, fields: [field('phone', 'input_text')] },
  { required: true, label: 'Resume/CV', description: 'PDF, DOC or DOCX, up to 10 MB', fields: [field('resume', 'input_file')] },
  { required: false, label: 'Cover Letter', description: null, fields: [field('cover_letter_text', 'textarea')] },
  { required: false, label: 'LinkedIn Profile', description: null, fields: [field('linkedin_profile', 'input_text')] },
  { required: false, label: 'Website', description: null, fields: [field('website', 'input_text')] },
];

const TYPES: Record<QuestionKind, GhFieldType> = {
  short_text: 'input_text',
  long_text: 'textarea',
  number: 'input_text',
  url: 'input_text',
  yes_no: 'multi_value_single_select',
  single_choice: 'multi_value_single_select',
  multiple_choice: 'multi_value_multi_select',
  file: 'input_file',
};

function values(question: BoardQuestion): GhField['values'] {
  // Greenhouse's own yes/no questions answer 1 and 0.
  if (question.kind === 'yes_no') return [{ value: 1, label: 'Yes' }, { value: 0, label: 'No' }];
  if (question.kind === 'single_choice' || question.kind === 'multiple_choice') {
    return (question.options ?? []).map((label, index) => ({ value: index, label }));
  }
  return [];
}

export function toGhQuestion(question: BoardQuestion): GhQuestion {
  return {
    required: question.required,
    label: question.label,
    description: question.helpText,
    fields: [field(`question_${question.id}`, TYPES[question.kind], values(question))],
  };
}

export function ghQuestions(custom: readonly BoardQuestion[]): GhQuestion[] {
  return [...STANDARD_QUESTIONS.map((q) => ({ ...q, fields: q.fields.map((f) => ({ ...f, values: [...f.values] })) })), ...custom.map(toGhQuestion)];
}
