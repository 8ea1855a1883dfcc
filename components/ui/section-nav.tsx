'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils';

export interface SectionNavItem {
  href: string;
  label: string;
  /** Whether the item is the current section; by default its own path and everything below it. */
  matches?: (pathname: string) => boolean;
}

const below = (href: string) => (pathname: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * A signed-in area's section links. The current one carries aria-current, so screen readers
 * announce it too; on a phone the row scrolls sideways instead of widening the page.
 */
export function SectionNav({ label, items }: { label: string; items: readonly SectionNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex w-max items-center gap-1">
        {items.map((item) => {
          const current = (item.matches ?? below(item.href))(pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium whitespace-nowrap sm:min-h-9',
                  current ? 'bg-gray-100 text-gray-900' : 'text-gray-700 hover:bg-gray-100 hover:text-gray-900',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
