import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { fieldAria } from '@/components/ui/form-field';
import type { JobField, JobFormValues } from '@/lib/validations/job';

/** What each group of the job editor needs to wire up its controls. */
export interface JobFieldKit {
  errorsFor: (name: JobField) => string[] | undefined;
  /** id, starting value, ARIA and react-hook-form props for the control of `name`. */
  control: (name: JobField, description?: ReactNode) => UseFormRegisterReturn & {
    id: string;
    defaultValue: string;
    'aria-invalid'?: true;
    'aria-describedby'?: string;
  };
}

export function makeJobFieldKit(
  shown: JobFormValues,
  errorsFor: JobFieldKit['errorsFor'],
  field: (name: JobField) => UseFormRegisterReturn,
): JobFieldKit {
  return {
    errorsFor,
    control: (name, description) => ({
      id: name,
      defaultValue: shown[name] ?? '',
      ...fieldAria(name, { error: errorsFor(name), description }),
      ...field(name),
    }),
  };
}
