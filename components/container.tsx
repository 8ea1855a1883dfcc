import type { ComponentProps } from 'react';

import { cn } from '@/lib/utils';

/** The page's content column: one max width and gutter for header, main and footer alike. */
export function Container({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="container" className={cn('mx-auto w-full max-w-5xl px-4 sm:px-6', className)} {...props} />;
}
