'use client';

import { SectionNav, type SectionNavItem } from '@/components/ui/section-nav';

const ITEMS: readonly SectionNavItem[] = [
  { href: '/admin/jobs', label: 'Jobs' },
  { href: '/admin/departments', label: 'Departments' },
  { href: '/admin/locations', label: 'Locations' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/teams', label: 'Hiring teams' },
  { href: '/admin/email-templates', label: 'Email templates' },
  { href: '/admin/rejection-reasons', label: 'Rejection reasons' },
  { href: '/admin/outbox', label: 'Email outbox' },
  { href: '/admin/settings', label: 'Settings' },
  { href: '/admin/eeo', label: 'EEO report' },
  { href: '/admin/api-keys', label: 'API keys' },
  { href: '/admin/audit', label: 'Audit log' },
];

/** The admin sections. */
export function AdminNav() {
  return <SectionNav label="Admin" items={ITEMS} />;
}
