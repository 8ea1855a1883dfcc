import type { ComponentProps } from 'react';

import { clsx } from 'clsx';

export function Input({ className, type = 'text', ...props }: ComponentProps<'input'>) {
  return (
    <input
      type={type}
      data-slot="input"
      // Its look is .ui-input in globals.css; a className of utilities adjusts it.
      className={clsx('ui-input', className)}
      {...props}
    />
  );
}
