// Where a candidate came from: the tracking parameters a job link may carry (?source=,
// Greenhouse's ?gh_src=, ?utm_*=) and how they travel from the job page to the apply form.
// Client-safe and dependency-free: the job page's apply link reads them in the browser.

export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
/** Campaign tags kept with an application: utm_* plus Greenhouse's gh_src (a job-board link id). */
export const CAMPAIGN_KEYS = ['gh_src', ...UTM_KEYS] as const;
/** Every tracking parameter a job link may carry into the apply form. */
export const TRACKING_KEYS = ['source', ...CAMPAIGN_KEYS] as const;
export type TrackingKey = (typeof TRACKING_KEYS)[number];
export const MAX_TRACKING_LENGTH = 200;

type QueryLike = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function first(query: QueryLike, key: string): string | undefined {
  if (typeof query.get === 'function') return (query as { get(name: string): string | null }).get(key) ?? undefined;
  const value = (query as Record<string, string | string[] | undefined>)[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The tracking parameters of a query, trimmed to MAX_TRACKING_LENGTH; empty ones left out.
 * The server validates them again when the form is posted.
 */
export function trackingFrom(query: QueryLike): Partial<Record<TrackingKey, string>> {
  const tracking: Partial<Record<TrackingKey, string>> = {};
  for (const key of TRACKING_KEYS) {
    const value = first(query, key)?.trim();
    if (value) tracking[key] = value.slice(0, MAX_TRACKING_LENGTH);
  }
  return tracking;
}

/** `/jobs/x/apply` with the tracking parameters appended, so they reach the form. */
export function withTracking(href: string, tracking: Partial<Record<TrackingKey, string>>): string {
  const query = new URLSearchParams(Object.entries(tracking).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = query.toString();
  return text ? `${href}?${text}` : href;
}
