import type { ComponentProps } from 'react';

import { clsx } from 'clsx';

export type NativeSelectProps = ComponentProps<'select'> & {
  /** Classes for the wrapper that positions the chevron; use it to set the width (default w-full). */
  wrapperClassName?: string;
};

// A real <select>: job filters and forms must work before (or without) JavaScript, and the
// platform picker is the most usable one on phones and with screen readers.
export function NativeSelect({ className, wrapperClassName, ...props }: NativeSelectProps) {
  return (
    <div data-slot="native-select-wrapper" className={clsx('ui-select-wrap', wrapperClassName)}>
      <select
        data-slot="native-select"
        // Its look is .ui-select in globals.css; a className of utilities adjusts it.
        className={clsx('ui-select', className)}
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
        className="ui-select-chevron"
      >
        <path d="m4 6 4 4 4-4" />
      </svg>
    </div>
  );
}
