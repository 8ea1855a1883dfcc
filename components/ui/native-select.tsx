import type { ComponentProps } from 'react';

import { cn } from '@/lib/utils';

export type NativeSelectProps = ComponentProps<'select'> & {
  /** Classes for the wrapper that positions the chevron; use it to set the width (default w-full). */
  wrapperClassName?: string;
};

// A real <select>: job filters and forms must work before (or without) JavaScript, and the
// platform picker is the most usable one on phones and with screen readers.
export function NativeSelect({ className, wrapperClassName, ...props }: NativeSelectProps) {
  return (
    <div data-slot="native-select-wrapper" className={cn('relative w-full', wrapperClassName)}>
      <select
        data-slot="native-select"
        className={cn(
          'block h-11 w-full min-w-0 appearance-none rounded-md border border-gray-500 bg-white py-2 pr-10 pl-3 text-base text-gray-900 shadow-xs sm:text-sm',
          'disabled:cursor-not-allowed disabled:bg-gray-100 disabled:text-gray-600',
          'aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700',
          className,
        )}
        {...props}
      />
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-gray-600"
      >
        <path d="m4 6 4 4 4-4" />
      </svg>
    </div>
  );
}
