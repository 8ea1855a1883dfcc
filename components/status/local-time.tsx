'use client';

import { useSyncExternalStore } from 'react';
import { formatInZone } from '@/lib/time-zone';

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;

/**
 * An instant shown with its zone named. The server renders it in the zone the candidate picked
 * (?tz=) or the company's; once JavaScript runs, and unless they picked one, it switches to the
 * browser's own zone.
 */
export function LocalTime({ iso, zone, picked }: { iso: string; zone: string; picked: boolean }) {
  const detected = useSyncExternalStore(noSubscription, browserZone, () => null);
  const shown = picked || !detected ? zone : detected;
  return <time dateTime={iso}>{formatInZone(new Date(iso), shown)}</time>;
}
