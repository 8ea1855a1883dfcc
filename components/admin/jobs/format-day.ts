// UTC, like the closing date itself ("open until the end of that day, UTC"), so server and browser agree.
const DAY = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Mar 12, 2026" */
export function formatDay(date: Date): string {
  return DAY.format(date);
}
