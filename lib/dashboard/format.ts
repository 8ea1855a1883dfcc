// How the dashboard writes dates and ratings. Client-safe; UTC so server and browser agree.

const SHORT_DATE = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Mar 12, 2026". */
export function formatShortDate(date: Date): string {
  return SHORT_DATE.format(date);
}

/** "3.5" from "3.50"; "—" when nobody has rated. */
export function formatRating(average: string | null): string {
  if (average === null) return '—';
  return String(Number(average));
}

/** "1 rating", "3 ratings". */
export function ratingCountLabel(count: number): string {
  return `${count} rating${count === 1 ? '' : 's'}`;
}

export function applicantName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}
