'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils';

const ITEMS = [{ href: '/dashboard', label: 'Jobs', matches: (path: string) => path === '/dashboard' || path.startsWith('/dashboard/jobs') }];

/** The signed-in area's main navigation; the current section is marked for screen readers too. */
export function DashboardNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Dashboard">
      <ul className="flex items-center gap-1">
        {ITEMS.map((item) => {
          const current = item.matches(pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'inline-flex min-h-9 items-center rounded-md px-3 text-sm font-medium',
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
