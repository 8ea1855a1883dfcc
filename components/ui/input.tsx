import type { ComponentProps } from 'react';

import { cn } from '@/lib/utils';

export function Input({ className, type = 'text', ...props }: ComponentProps<'input'>) {
  return (
    <input
      type={type}
      data-slot="input"
      // Its look is .ui-input in globals.css; a className of utilities adjusts it.
      className={cn('ui-input', className)}
      {...props}
    />
  );
}
