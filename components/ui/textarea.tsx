import type { ComponentProps } from 'react';

import { cn } from '@/lib/utils';

export function Textarea({ className, rows = 5, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea
      rows={rows}
      data-slot="textarea"
      className={cn(
        // text-base below sm stops iOS Safari zooming into the field on focus.
        'block min-h-24 w-full min-w-0 resize-y rounded-md border border-gray-500 bg-white px-3 py-2.5 text-base text-gray-900 shadow-xs sm:text-sm',
        'placeholder:text-gray-500',
        'disabled:cursor-not-allowed disabled:bg-gray-100 disabled:text-gray-600',
        'aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700',
        className,
      )}
      {...props}
    />
  );
}
