'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { trackingFrom, withTracking } from '@/lib/tracking';

interface ApplyLinkProps {
  slug: string;
  className?: string;
  children: ReactNode;
}

function TrackedLink({ slug, className, children }: ApplyLinkProps) {
  const href = withTracking(`/jobs/${slug}/apply`, trackingFrom(useSearchParams()));
  return (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}

/**
 * The job page's "Apply" link, carrying ?source=, ?gh_src= and ?utm_* on to the form. The job
 * page is cached as one page for every visitor, so the parameters are read in the browser; the
 * plain link is the cached HTML (and what a visitor without JavaScript follows).
 */
export function ApplyLink(props: ApplyLinkProps) {
  const plain = (
    <Link href={`/jobs/${props.slug}/apply`} className={props.className}>
      {props.children}
    </Link>
  );
  return (
    <Suspense fallback={plain}>
      <TrackedLink {...props} />
    </Suspense>
  );
}
