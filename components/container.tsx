import type { ComponentProps } from 'react';

import { clsx } from 'clsx';

/**
 * The page's content column: one max width and gutter for header, main and footer alike
 * (.ui-container in globals.css; a className of utilities, max-w-3xl say, wins over it). No
 * class merging: the apply page's error boundary is a client component that uses this.
 */
export function Container({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="container" className={clsx('ui-container', className)} {...props} />;
}
