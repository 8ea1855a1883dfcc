import type { ComponentProps } from 'react';

import { clsx } from 'clsx';

/** Text for screen readers only (e.g. "Page" before a page number, "required" after a label). */
export function VisuallyHidden({ className, ...props }: ComponentProps<'span'>) {
  return <span data-slot="visually-hidden" className={clsx('sr-only', className)} {...props} />;
}
