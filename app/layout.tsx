import type { Metadata, Viewport } from 'next';
import { cacheSignal } from 'react';
import { SkipLink } from '@/components/ui/skip-link';
import { releaseFramesOnAbort } from '@/lib/async-context/release-render-frames';
import { env } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.APP_URL),
  title: { default: 'Careers', template: '%s' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// The root layout reads no data, so Next's prerendered shells (404, errors) need no database.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page's render passes through here: see the function for the retention it prevents.
  releaseFramesOnAbort(cacheSignal());
  return (
    <html lang="en">
      <body className="min-h-dvh bg-white text-gray-900 antialiased">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
