import type { Metadata } from 'next';
import { SignOutButtons } from '@/app/(auth)/sign-out/sign-out-buttons';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Admin', robots: { index: false } };

// Placeholder until the admin area is built: a non-admin gets a 404 from requireRole.
export default async function AdminPage() {
  const user = await requireRole('admin');
  return (
    <main id="main" tabIndex={-1} className="mx-auto grid w-full max-w-5xl gap-6 px-4 py-10 focus:outline-none sm:px-6">
      <h1 className="text-2xl font-semibold text-gray-900">Admin</h1>
      <p className="text-gray-700">
        Signed in as {user.name ?? user.email} ({user.email})
      </p>
      <SignOutButtons />
    </main>
  );
}
