import type { ComponentProps } from 'react';

import { clsx } from 'clsx';

export type CheckboxProps = Omit<ComponentProps<'input'>, 'type'>;

// A native checkbox (not Radix) so it submits with the form and works without JavaScript.
// accent-color tints the platform control and the browser keeps the tick readable on it.
export function Checkbox({ className, ...props }: CheckboxProps) {
  return (
    <input
      type="checkbox"
      data-slot="checkbox"
      // Its look is .ui-checkbox in globals.css; a className of utilities adjusts it.
      className={clsx('ui-checkbox', className)}
      {...props}
    />
  );
}
