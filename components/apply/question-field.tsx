import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { PublicQuestion } from '@/lib/validations/application-questions';
import { MAX_RESUME_LABEL, RESUME_ACCEPT } from '@/lib/validations/resume-file';
import { ChoiceFieldset } from './choice-fieldset';
import type { FieldRegistration } from './apply-checks-types';

export interface QuestionFieldProps {
  question: PublicQuestion;
  /** The field name, `q_<key>`; also the control's id. */
  name: string;
  registration: FieldRegistration;
  /** The answer typed before a refusal (never a file). */
  value: string | string[] | boolean | undefined;
  errors?: string[];
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

const asList = (value: QuestionFieldProps['value']): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];

/** One custom question, rendered from its definition. */
export function QuestionField({ question, name, registration, value, errors }: QuestionFieldProps) {
  const { kind, label, required } = question;
  const text = typeof value === 'string' ? value : undefined;

  if (kind === 'yes_no' || kind === 'single_choice' || kind === 'multiple_choice') {
    const options = kind === 'yes_no' ? YES_NO : (question.options ?? []).map((option) => ({ value: option, label: option }));
    return (
      <ChoiceFieldset
        name={name}
        type={kind === 'multiple_choice' ? 'checkbox' : 'radio'}
        legend={label}
        description={question.helpText ?? (kind === 'multiple_choice' ? 'Choose all that apply.' : undefined)}
        required={required}
        options={options}
        registration={registration}
        checked={asList(value)}
        errors={errors}
      />
    );
  }

  const description = kind === 'file' ? (question.helpText ?? `PDF, DOC or DOCX, up to ${MAX_RESUME_LABEL}.`) : question.helpText;
  const aria = fieldAria(name, { error: errors, description });
  return (
    <FormField id={name} label={label} description={description} error={errors} required={required}>
      {kind === 'long_text' ? (
        <Textarea id={name} rows={6} defaultValue={text} required={required} {...aria} {...registration} />
      ) : kind === 'file' ? (
        <Input id={name} type="file" accept={RESUME_ACCEPT} required={required} {...aria} {...registration} />
      ) : kind === 'number' ? (
        <Input id={name} type="text" inputMode="decimal" defaultValue={text} required={required} {...aria} {...registration} />
      ) : kind === 'url' ? (
        <Input id={name} type="url" autoComplete="url" placeholder="https://" defaultValue={text} required={required} {...aria} {...registration} />
      ) : (
        <Input id={name} type="text" defaultValue={text} required={required} {...aria} {...registration} />
      )}
    </FormField>
  );
}
