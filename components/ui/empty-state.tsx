import type { ReactNode } from 'react';

import { cn } from '@/lib/utils';

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Usually a <Button>, or a <Link> styled with buttonVariants(). */
  action?: ReactNode;
  /** Decorative icon; rendered aria-hidden. Defaults to a neutral "nothing here" mark. */
  icon?: ReactNode;
  /** Heading level that fits the page outline (default h2). */
  headingLevel?: 'h2' | 'h3' | 'h4';
  className?: string;
};

export function EmptyState({ title, description, action, icon, headingLevel = 'h2', className }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <div
      data-slot="empty-state"
      className={cn(
        'flex flex-col items-center rounded-lg border border-dashed border-gray-300 px-6 py-12 text-center sm:py-16',
        className,
      )}
    >
      <div aria-hidden="true" className="mb-4 flex size-12 items-center justify-center rounded-full bg-gray-100 text-gray-600">
        {icon ?? (
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
            className="size-6"
          >
            <path d="M3 13.5h4.5l1.5 2.25h6l1.5-2.25H21" />
            <path d="M5.25 6.75 3 13.5v4.5A1.5 1.5 0 0 0 4.5 19.5h15a1.5 1.5 0 0 0 1.5-1.5v-4.5l-2.25-6.75A1.5 1.5 0 0 0 17.33 5.25H6.67a1.5 1.5 0 0 0-1.42 1.5Z" />
          </svg>
        )}
      </div>
      <Heading className="text-base font-semibold text-balance text-gray-900">{title}</Heading>
      {description ? <div className="mt-1.5 max-w-md text-sm text-pretty text-gray-600">{description}</div> : null}
      {action ? <div className="mt-6 flex flex-wrap justify-center gap-3">{action}</div> : null}
    </div>
  );
}
