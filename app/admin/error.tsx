'use client';

import { SegmentError } from '@/components/segment-error';

// Unexpected failures of an admin page, shown inside the admin layout and navigation.
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <SegmentError digest={error.digest} reset={reset} home={{ href: '/admin', label: 'Back to admin' }} />;
}
