'use client';

import { SectionNav, type SectionNavItem } from '@/components/ui/section-nav';

const ITEMS: readonly SectionNavItem[] = [
  { href: '/dashboard', label: 'Jobs', matches: (path: string) => path === '/dashboard' || path.startsWith('/dashboard/jobs') },
  { href: '/dashboard/candidates', label: 'Candidates' },
  { href: '/dashboard/interviews', label: 'Interviews' },
  { href: '/dashboard/reports', label: 'Reports' },
  { href: '/dashboard/settings', label: 'Settings' },
];

/** The signed-in area's main navigation. */
export function DashboardNav() {
  return <SectionNav label="Dashboard" items={ITEMS} />;
}
