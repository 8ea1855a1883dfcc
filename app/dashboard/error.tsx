'use client';

import { SegmentError } from '@/components/segment-error';

// Unexpected failures of a dashboard page, shown inside the dashboard's layout and navigation.
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <SegmentError digest={error.digest} reset={reset} home={{ href: '/dashboard', label: 'Back to your jobs' }} />;
}
