import type { ComponentProps } from 'react';

import { cn } from '@/lib/utils';

export function Textarea({ className, rows = 5, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea
      rows={rows}
      data-slot="textarea"
      // Its look is .ui-textarea in globals.css; a className of utilities adjusts it.
      className={cn('ui-textarea', className)}
      {...props}
    />
  );
}
