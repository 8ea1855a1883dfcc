import type { ComponentProps } from 'react';

import { clsx } from 'clsx';

// A native <label>: it needs no JavaScript, so a form's labels add nothing to a page's scripts.
// (Radix's Label was a client component that only stopped a double click from selecting the
// label's text, and brought its Primitive and Slot into every page with a form.)
export function Label({ className, ...props }: ComponentProps<'label'>) {
  return (
    <label
      data-slot="label"
      // Its look is .ui-label in globals.css; a className of utilities adjusts it.
      className={clsx('ui-label', className)}
      {...props}
    />
  );
}
