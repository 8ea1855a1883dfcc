import type { createFormControl, FieldErrors, FieldValues, UseFormProps, UseFormRegisterReturn } from 'react-hook-form';

// Types only: the apply form's first chunk names react-hook-form's types without loading it.

/** The form control and the options it was made with (useForm needs them again). */
export interface ApplyChecks {
  control: ReturnType<typeof createFormControl<FieldValues>>;
  settings: UseFormProps<FieldValues>;
}

/** The part of react-hook-form's state the apply form shows. */
export interface ApplyCheckState {
  errors: FieldErrors<FieldValues>;
  submitCount: number;
  isSubmitting: boolean;
}

/** A field's props: react-hook-form's registration once loaded, its name and change handler before. */
export type FieldRegistration = Pick<UseFormRegisterReturn, 'name'> & {
  onChange: (event: { target: unknown }) => unknown;
  onBlur?: UseFormRegisterReturn['onBlur'];
  ref?: UseFormRegisterReturn['ref'];
};
