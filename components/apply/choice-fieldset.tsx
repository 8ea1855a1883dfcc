import type { ReactNode } from 'react';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { clsx } from 'clsx';
import type { FieldRegistration } from './apply-checks-types';

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface ChoiceFieldsetProps {
  /** The field name; option inputs get the ids `<name>-0`, `<name>-1`… */
  name: string;
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  description?: ReactNode;
  required: boolean;
  options: readonly ChoiceOption[];
  registration: FieldRegistration;
  /** Values ticked when the form is (re)rendered, e.g. after a server refusal. */
  checked: readonly string[];
  errors?: string[];
}

/** Radio and checkbox groups: a fieldset and legend, so a screen reader names the group with the question. */
export function ChoiceFieldset({ name, type, legend, description, required, options, registration, checked, errors = [] }: ChoiceFieldsetProps) {
  const invalid = errors.length > 0;
  const describedBy = [description ? `${name}-description` : null, invalid ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="grid gap-2" aria-describedby={describedBy}>
      <legend className="mb-2 text-sm leading-5 font-medium text-gray-900">
        {legend}
        {required ? (
          <>
            <span aria-hidden="true" className="ml-0.5 text-red-700">
              *
            </span>
            <VisuallyHidden> (required)</VisuallyHidden>
          </>
        ) : (
          <span className="ml-1 font-normal text-gray-600">(optional)</span>
        )}
      </legend>
      {description ? (
        <div id={`${name}-description`} className="-mt-1 text-sm text-gray-600">
          {description}
        </div>
      ) : null}
      <div className={clsx('grid gap-1', options.length <= 2 && type === 'radio' && 'sm:flex sm:gap-6')}>
        {options.map((option, index) => (
          // Each option is a 44px-tall tap target: the whole row is the label.
          <label key={option.value} htmlFor={`${name}-${index}`} className="flex min-h-11 cursor-pointer items-center gap-3 text-base sm:text-sm">
            <input
              id={`${name}-${index}`}
              type={type}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              aria-invalid={invalid || undefined}
              className="size-5 shrink-0 cursor-pointer accent-accent"
              {...registration}
            />
            {option.label}
          </label>
        ))}
      </div>
      <div id={`${name}-error`} aria-live="polite" className="empty:hidden">
        {errors.map((message, index) => (
          <p key={`${index}-${message}`} className="text-sm font-medium text-red-700">
            <VisuallyHidden>Error: </VisuallyHidden>
            {message}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
