import type { Metadata } from 'next';
import Link from 'next/link';
import { Container } from '@/components/container';
import { buttonVariants } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Your data is deleted', robots: { index: false, follow: false } };

// Where the status page's "delete my data" lands: there is nothing left to show. Rendered per
// request like the other candidate pages, so `next build` needs no database for it: the (site)
// layout reads the company settings, and it renders beside the page, so the page's own
// connection() comes too late to stop a prerender.
export const dynamic = 'force-dynamic';

export default function ApplicationDeletedPage() {
  return (
    <Container className="py-10 sm:py-14">
      <div className="mx-auto grid max-w-2xl gap-4">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">Your data is deleted</h1>
        <p className="text-base text-gray-700">
          We deleted your application, your answers and your files. Your status link no longer works.
        </p>
        <div>
          <Link href="/jobs" className={buttonVariants({ variant: 'outline' })}>
            See open jobs
          </Link>
        </div>
      </div>
    </Container>
  );
}
