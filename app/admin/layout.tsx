import type { Metadata } from 'next';
import Link from 'next/link';
import { signOutAction } from '@/app/(auth)/sign-out/actions';
import { AdminNav } from '@/components/admin/admin-nav';
import { Button } from '@/components/ui/button';
import { getPublicSettings } from '@/db/queries/settings';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s · Admin' }, robots: { index: false } };

// The admin shell. Layer 2 of the auth checks: every page below calls requireRole('admin') too,
// since a layout does not re-run on every navigation, and every action checks again itself.
// Pages render their content only: <main id="main"> is here.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const [user, company] = await Promise.all([requireRole('admin'), getPublicSettings()]);
  return (
    <div className="flex min-h-dvh flex-col bg-gray-50">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto grid w-full max-w-6xl gap-2 px-4 py-2 sm:px-6">
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <Link href="/admin" className="rounded-md text-base font-semibold text-gray-900">
              {company.companyName} <span className="font-normal text-gray-600">Admin</span>
            </Link>
            <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
              <Link href="/dashboard" className="font-medium text-gray-700 underline underline-offset-4 hover:text-gray-900">
                Dashboard
              </Link>
              <p className="text-gray-700">
                <span className="sr-only">Signed in as </span>
                <span className="font-medium text-gray-900">{user.name ?? user.email}</span>
              </p>
              <form action={signOutAction}>
                <Button type="submit" variant="outline" size="sm">
                  Sign out
                </Button>
              </form>
            </div>
          </div>
          <AdminNav />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
