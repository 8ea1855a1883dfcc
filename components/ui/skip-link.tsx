import type { ComponentProps } from 'react';

import { cn } from '@/lib/utils';

export type SkipLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  /** Id of the element to jump to, with '#'. The target should be `<main id="main" tabIndex={-1}>`. */
  href?: `#${string}`;
};

// First focusable element on every page (WCAG 2.4.1): hidden until a keyboard user tabs to it.
export function SkipLink({ className, href = '#main', children = 'Skip to main content', ...props }: SkipLinkProps) {
  return (
    <a
      href={href}
      data-slot="skip-link"
      className={cn(
        'sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50',
        'focus:rounded-md focus:bg-white focus:px-4 focus:py-3 focus:text-sm focus:font-medium focus:text-gray-900 focus:shadow-lg focus:ring-1 focus:ring-gray-300',
        className,
      )}
      {...props}
    >
      {children}
    </a>
  );
}
