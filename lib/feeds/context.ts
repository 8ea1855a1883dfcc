import type { BoardJob } from '@/db/queries/public-board';

/** What every feed says about its publisher; URLs are absolute, from APP_URL. */
export interface FeedContext {
  /** APP_URL without a trailing slash. */
  appUrl: string;
  companyName: string;
  companyUrl: string | null;
  /** The newest change of any listed job, or now for an empty board. */
  updatedAt: Date;
}

export const absolute = (appUrl: string, path: string): string => `${appUrl.replace(/\/+$/, '')}${path}`;

export const jobPath = (job: Pick<BoardJob, 'slug'>): string => `/jobs/${job.slug}`;

export const FEED_PATHS = { rss: '/feeds/jobs.rss', json: '/feeds/jobs.json', indeed: '/feeds/indeed.xml' } as const;

export function newestChange(jobs: readonly Pick<BoardJob, 'updatedAt'>[], fallback = new Date()): Date {
  return jobs.reduce<Date | null>((newest, job) => (newest === null || job.updatedAt > newest ? job.updatedAt : newest), null) ?? fallback;
}

/** The `alternates.types` of a board page's metadata: <link rel="alternate"> for each feed. */
export function feedAlternates(companyName: string) {
  return {
    'application/rss+xml': [{ url: FEED_PATHS.rss, title: `${companyName} jobs (RSS)` }],
    'application/feed+json': [{ url: FEED_PATHS.json, title: `${companyName} jobs (JSON Feed)` }],
  };
}
