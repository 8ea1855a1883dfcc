import type { ComponentProps } from 'react';

import { cn } from '@/lib/utils';

export type CheckboxProps = Omit<ComponentProps<'input'>, 'type'>;

// A native checkbox (not Radix) so it submits with the form and works without JavaScript.
// accent-color tints the platform control and the browser keeps the tick readable on it.
export function Checkbox({ className, ...props }: CheckboxProps) {
  return (
    <input
      type="checkbox"
      data-slot="checkbox"
      className={cn(
        'size-5 shrink-0 cursor-pointer accent-accent',
        'disabled:cursor-not-allowed disabled:opacity-50',
        'aria-invalid:outline-2 aria-invalid:outline-offset-2 aria-invalid:outline-red-700',
        className,
      )}
      {...props}
    />
  );
}
