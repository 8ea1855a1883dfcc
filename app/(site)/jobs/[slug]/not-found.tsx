import Link from 'next/link';

import { Container } from '@/components/container';
import { buttonVariants } from '@/components/ui/button';

export default function JobNotFound() {
  return (
    <Container className="max-w-3xl py-16 sm:py-24">
      <p className="text-sm font-medium text-gray-600">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-gray-900">This job isn’t here</h1>
      <p className="mt-4 text-base text-gray-600">It may have been taken down, or the link may be mistyped.</p>
      <Link href="/jobs" className={buttonVariants({ className: 'mt-8' })}>
        See all open jobs
      </Link>
    </Container>
  );
}
