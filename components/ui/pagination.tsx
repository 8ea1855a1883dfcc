import Link from 'next/link';

import { cn } from '@/lib/utils';

import { VisuallyHidden } from './visually-hidden';

export type PaginationProps = {
  /** Current page, 1-based. */
  page: number;
  pageCount: number;
  /** Builds the URL for a page (keep the current filters in it). Fine to pass: this is a server component. */
  hrefForPage: (page: number) => string;
  className?: string;
};

type Item = number | 'gap-start' | 'gap-end';

// Always 7 slots once there are more than 7 pages (first, last, current ± 1, and gaps), so the
// control keeps its width while paging; a gap that would hide a single page shows that page instead.
export function pageItems(page: number, pageCount: number): Item[] {
  if (pageCount <= 7) return Array.from({ length: pageCount }, (_, i) => i + 1);
  let start = Math.max(2, page - 1);
  let end = Math.min(pageCount - 1, page + 1);
  if (page <= 4) {
    start = 2;
    end = 5;
  }
  if (page >= pageCount - 3) {
    start = pageCount - 4;
    end = pageCount - 1;
  }
  const middle = Array.from({ length: end - start + 1 }, (_, i) => start + i);
  return [1, ...(start > 2 ? ['gap-start' as const] : []), ...middle, ...(end < pageCount - 1 ? ['gap-end' as const] : []), pageCount];
}

const itemClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md px-3 text-sm font-medium transition-colors';

function ChevronIcon({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="size-4"
    >
      <path d={direction === 'left' ? 'm10 4-4 4 4 4' : 'm6 4 4 4-4 4'} />
    </svg>
  );
}

// Plain links (next/link renders <a>), so paging works without JavaScript.
export function Pagination({ page, pageCount, hrefForPage, className }: PaginationProps) {
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);

  const step = (target: number, label: 'Previous' | 'Next') => {
    const content =
      label === 'Previous' ? (
        <>
          <ChevronIcon direction="left" />
          Previous<VisuallyHidden> page</VisuallyHidden>
        </>
      ) : (
        <>
          Next<VisuallyHidden> page</VisuallyHidden>
          <ChevronIcon direction="right" />
        </>
      );
    if (target < 1 || target > pageCount) {
      // Nothing to go to: shown for a stable layout, hidden from assistive tech rather than a dead link.
      return (
        <span aria-hidden="true" className={cn(itemClass, 'cursor-default text-gray-500')}>
          {content}
        </span>
      );
    }
    return (
      <Link
        href={hrefForPage(target)}
        rel={label === 'Previous' ? 'prev' : 'next'}
        className={cn(itemClass, 'text-gray-700 hover:bg-gray-100 hover:text-gray-900')}
      >
        {content}
      </Link>
    );
  };

  return (
    <nav aria-label="Pagination" data-slot="pagination" className={cn('flex justify-center', className)}>
      <ul className="flex w-full items-center justify-between gap-1 sm:w-auto sm:justify-center">
        <li>{step(current - 1, 'Previous')}</li>
        {/* Page numbers do not fit at 360px; a phone gets "Page x of y" between the two steps. */}
        <li className="text-sm text-gray-600 sm:hidden">
          Page {current} of {pageCount}
        </li>
        {pageItems(current, pageCount).map((item) =>
          typeof item === 'number' ? (
            <li key={item} className="hidden sm:block">
              <Link
                href={hrefForPage(item)}
                aria-current={item === current ? 'page' : undefined}
                className={cn(
                  itemClass,
                  'px-2 tabular-nums',
                  item === current
                    ? 'border border-gray-300 bg-white text-gray-900 shadow-xs'
                    : 'text-gray-700 hover:bg-gray-100 hover:text-gray-900',
                )}
              >
                <VisuallyHidden>Page </VisuallyHidden>
                {item}
              </Link>
            </li>
          ) : (
            <li key={item} aria-hidden="true" className="hidden min-w-8 text-center text-sm text-gray-500 sm:block">
              …
            </li>
          ),
        )}
        <li>{step(current + 1, 'Next')}</li>
      </ul>
    </nav>
  );
}
