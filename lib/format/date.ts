const DAY_MS = 24 * 60 * 60 * 1000;

// UTC throughout, so server and browser render the same words whatever their time zone.
const LONG_AGO = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** "Posted today", "Posted yesterday", "Posted 3 days ago", or "Posted on Mar 12, 2026" after 30 days. */
export function formatPostedDate(date: Date, now: Date = new Date()): string {
  const days = Math.round((utcDay(now) - utcDay(date)) / DAY_MS);
  // A date a little in the future (clock skew, a scheduled post) still reads as today.
  if (days <= 0) return 'Posted today';
  if (days === 1) return 'Posted yesterday';
  if (days <= 30) return `Posted ${days} days ago`;
  return `Posted on ${LONG_AGO.format(date)}`;
}

/** 'YYYY-MM-DD' of the UTC day, e.g. for `<time dateTime>` and schema.org `datePosted`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
