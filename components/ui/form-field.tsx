import type { ReactNode } from 'react';

import { clsx } from 'clsx';

import { Label } from './label';
import { VisuallyHidden } from './visually-hidden';

type FieldErrors = string[] | string | null | undefined;

function toList(error: FieldErrors): string[] {
  if (!error) return [];
  return (Array.isArray(error) ? error : [error]).filter((message) => message.length > 0);
}

/**
 * The ARIA props for the control inside a FormField; spread them on the <Input>/<Textarea>/<NativeSelect>.
 * FormField does not clone its children, so the caller wires the control up explicitly:
 *
 *   <FormField id="email" label="Email" error={state.fieldErrors?.email} required>
 *     <Input id="email" name="email" type="email" required {...fieldAria('email', { error: state.fieldErrors?.email })} />
 *   </FormField>
 */
export function fieldAria(
  id: string,
  { error, description }: { error?: FieldErrors; description?: ReactNode } = {},
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const invalid = toList(error).length > 0;
  const describedBy = [description ? `${id}-description` : null, invalid ? `${id}-error` : null].filter(Boolean);
  return {
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
  };
}

export type FormFieldProps = {
  /** The id of the control; the label points at it and the description/error ids derive from it. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: FieldErrors;
  required?: boolean;
  className?: string;
  children: ReactNode;
};

// No hooks and no 'use client': usable from server components and from client forms alike.
export function FormField({ id, label, description, error, required = false, className, children }: FormFieldProps) {
  const errors = toList(error);
  return (
    <div data-slot="form-field" className={clsx('ui-field', className)}>
      <Label htmlFor={id}>
        {label}
        {required ? (
          <>
            <span aria-hidden="true" className="ml-0.5 text-red-700">
              *
            </span>
            <VisuallyHidden> (required)</VisuallyHidden>
          </>
        ) : (
          <>
            {/* A real space: a margin alone would make the accessible name "Phone(optional)". */}{' '}
            <span className="font-normal text-gray-600">(optional)</span>
          </>
        )}
      </Label>
      {description ? (
        <div id={`${id}-description`} className="-mt-1 text-sm text-gray-600">
          {description}
        </div>
      ) : null}
      {children}
      {/* Always rendered: a live region must exist before its content changes to be announced. */}
      <div id={`${id}-error`} aria-live="polite" className="empty:hidden">
        {errors.length === 1 ? (
          <p className="text-sm font-medium text-red-700">
            <VisuallyHidden>Error: </VisuallyHidden>
            {errors[0]}
          </p>
        ) : errors.length > 1 ? (
          <ul className="grid gap-1 text-sm font-medium text-red-700">
            {errors.map((message, index) => (
              // Messages can repeat, so the position is part of the key.
              <li key={`${index}-${message}`}>
                <VisuallyHidden>Error: </VisuallyHidden>
                {message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
