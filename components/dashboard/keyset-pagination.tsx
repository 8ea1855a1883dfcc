import Link from 'next/link';
import { cn } from '@/lib/utils';

const linkClass = 'inline-flex min-h-11 items-center gap-1 rounded-md px-3 text-sm font-medium';

/** "Previous" / "Next" by keyset cursor: plain links, so paging works without JavaScript. */
export function KeysetPagination({ previousHref, nextHref, firstHref }: { previousHref: string | null; nextHref: string | null; firstHref?: string | null }) {
  if (!previousHref && !nextHref) return null;
  const step = (href: string | null, label: 'Previous' | 'Next') =>
    href ? (
      <Link href={href} rel={label === 'Previous' ? 'prev' : 'next'} className={cn(linkClass, 'border border-gray-300 bg-white text-gray-900 shadow-xs hover:bg-gray-50')}>
        {label === 'Previous' ? '← ' : null}
        {label}
        <span className="sr-only"> page</span>
        {label === 'Next' ? ' →' : null}
      </Link>
    ) : (
      // Nothing to go to: kept for a stable layout, hidden from assistive tech rather than a dead link.
      <span aria-hidden="true" className={cn(linkClass, 'cursor-default text-gray-500')}>
        {label}
      </span>
    );
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex items-center gap-2">
        {step(previousHref, 'Previous')}
        {firstHref ? (
          <Link href={firstHref} className="text-sm font-medium text-gray-700 underline underline-offset-4">
            First page
          </Link>
        ) : null}
      </div>
      {step(nextHref, 'Next')}
    </nav>
  );
}
