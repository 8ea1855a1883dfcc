import type { CSSProperties } from 'react';
import Link from 'next/link';
import { SignOutButtons } from '@/app/(auth)/sign-out/sign-out-buttons';
import { DashboardNav } from '@/components/dashboard/dashboard-nav';
import { getPublicSettings } from '@/db/queries/settings';
import { requireUser } from '@/lib/auth/session';

// The signed-in shell. Layer 2 of the auth checks: every page below calls requireUser() too,
// since a layout does not re-run on every navigation and never protects an action.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const [user, company] = await Promise.all([requireUser(), getPublicSettings()]);
  return (
    <div className="flex min-h-dvh flex-col bg-gray-50" style={{ '--accent': company.accentColor } as CSSProperties}>
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
          <Link href="/dashboard" className="rounded-md text-base font-semibold text-gray-900">
            {company.companyName} <span className="font-normal text-gray-600">Hiring</span>
          </Link>
          <DashboardNav />
          <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2">
            <p className="text-sm text-gray-700">
              <span className="sr-only">Signed in as </span>
              <span className="font-medium text-gray-900">{user.name ?? user.email}</span>
            </p>
            <SignOutButtons />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 focus:outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
