'use client';

import { ErrorReference } from '@/components/error-reference';
import './globals.css';

// The last-resort page: it replaces the root layout, so it reads no settings and needs no
// database. In production Next also serves it (prerendered) as the 500 page for requests that
// fail before any route renders, e.g. a form post over the upload limit sent without JavaScript.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong</title>
      </head>
      <body className="min-h-dvh bg-white text-gray-900 antialiased">
        <main className="mx-auto grid w-full max-w-2xl gap-5 px-4 py-16 sm:px-6 sm:py-24">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Something went wrong</h1>
          <p className="text-base text-gray-700">
            We couldn&apos;t finish that request, and nothing was saved. If you were sending an application, your upload may have been
            too large: a resume can be at most 10 MB. Go back, choose a smaller PDF, DOC or DOCX file, and send it again.
          </p>
          <ErrorReference digest={error.digest} />
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- after a root-level failure a full page load is the safe way back */}
            <a href="/jobs" className="inline-flex min-h-11 items-center rounded-md bg-gray-900 px-4 text-sm font-medium text-white">
              See open jobs
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
