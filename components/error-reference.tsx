'use client';

import { useEffect, useState } from 'react';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
// The page itself or a fetch (RSC navigation, server action); not the scripts and styles.
const REQUEST_KINDS = new Set(['navigation', 'fetch']);

/**
 * The id of the latest request that started before the error showed. Every response carries it
 * in Server-Timing (lib/observability/request-id-hook.ts), which the Performance API exposes to
 * the page's own script; no per-request value is ever rendered into a (cached) page.
 */
function latestRequestId(shownAt: number): string | null {
  let latest: { start: number; id: string } | null = null;
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
  for (const entry of entries) {
    if (entry.startTime > shownAt || !REQUEST_KINDS.has(entry.initiatorType)) continue;
    for (const timing of entry.serverTiming ?? []) {
      if (timing.name !== 'request' || !REQUEST_ID.test(timing.description)) continue;
      if (!latest || entry.startTime >= latest.start) latest = { start: entry.startTime, id: timing.description };
    }
  }
  return latest?.id ?? null;
}

/** What a person quotes to support: the request id (every log line of that request has it) and Next's error digest. */
export function ErrorReference({ digest }: { digest?: string }) {
  const [requestId, setRequestId] = useState<string | null>(null);

  useEffect(() => {
    if (typeof performance === 'undefined' || typeof PerformanceObserver === 'undefined') return;
    const shownAt = performance.now();
    const update = () => setRequestId(latestRequestId(shownAt));
    update();
    // A failed fetch's timing entry can land just after the error boundary shows.
    const observer = new PerformanceObserver(update);
    observer.observe({ type: 'resource' });
    const stop = setTimeout(() => observer.disconnect(), 5_000);
    return () => {
      clearTimeout(stop);
      observer.disconnect();
    };
  }, []);

  if (!requestId && !digest) return null;
  return (
    <p className="text-sm text-gray-600">
      If it keeps happening, quote this to us:{' '}
      {requestId ? (
        <>
          request <code className="font-mono">{requestId}</code>
        </>
      ) : null}
      {requestId && digest ? ', ' : null}
      {digest ? (
        <>
          error <code className="font-mono">{digest}</code>
        </>
      ) : null}
    </p>
  );
}
