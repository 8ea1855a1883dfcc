import type { ComponentProps } from 'react';

import { cn } from '@/lib/utils';

export function Input({ className, type = 'text', ...props }: ComponentProps<'input'>) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        // text-base below sm stops iOS Safari zooming into the field on focus.
        'block h-11 w-full min-w-0 rounded-md border border-gray-500 bg-white px-3 py-2 text-base text-gray-900 shadow-xs sm:text-sm',
        'placeholder:text-gray-500',
        'file:mr-3 file:border-0 file:bg-transparent file:p-0 file:text-sm file:font-medium file:text-gray-900',
        'disabled:cursor-not-allowed disabled:bg-gray-100 disabled:text-gray-600',
        'aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700',
        className,
      )}
      {...props}
    />
  );
}
