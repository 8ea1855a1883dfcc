import { connection } from 'next/server';
import type { CSSProperties } from 'react';
import { getPublicSettings } from '@/db/queries/settings';

// Sign-in and sign-out: one centred card, no site navigation to wander off into.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request: these pages are about the visitor's session, and `next build` must
  // not need a database to prerender them.
  await connection();
  const company = await getPublicSettings();
  return (
    <main
      id="main"
      tabIndex={-1}
      className="flex min-h-dvh flex-col items-center justify-center bg-gray-50 px-4 py-10 focus:outline-none sm:py-16"
      style={{ '--accent': company.accentColor } as CSSProperties}
    >
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
