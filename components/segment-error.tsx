'use client';

import Link from 'next/link';
import { ErrorReference } from '@/components/error-reference';
import { Button, buttonVariants } from '@/components/ui/button';

/**
 * What a signed-in area (dashboard, admin) shows when one of its pages fails unexpectedly:
 * the area's own navigation stays, the error's text never shows, and the request id and digest
 * give support the log lines to look at.
 */
export function SegmentError({ digest, reset, home }: { digest?: string; reset: () => void; home: { href: string; label: string } }) {
  return (
    <div role="alert" className="grid max-w-2xl gap-5 py-6">
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Something went wrong</h1>
      <p className="text-base text-gray-700">
        We couldn&apos;t show this page. If you were saving a change, reload to check whether it was saved before trying it again.
      </p>
      <ErrorReference digest={digest} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="button" onClick={reset} className="w-full sm:w-auto">
          Try again
        </Button>
        <Link href={home.href} className={buttonVariants({ variant: 'outline', className: 'w-full sm:w-auto' })}>
          {home.label}
        </Link>
      </div>
    </div>
  );
}
