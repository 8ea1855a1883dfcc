import type { ComponentProps } from 'react';

import { clsx } from 'clsx';

export function Textarea({ className, rows = 5, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea
      rows={rows}
      data-slot="textarea"
      // Its look is .ui-textarea in globals.css; a className of utilities adjusts it.
      className={clsx('ui-textarea', className)}
      {...props}
    />
  );
}
