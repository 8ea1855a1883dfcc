import type { MetadataRoute } from 'next';
import { getCachedOpenBoardJobs } from '@/db/queries/public-board';
import { newestChange } from '@/lib/feeds/context';
import { env } from '@/lib/env';

// Per request (the build has no database); the job list comes from the tagged cache, so a
// closed job leaves the sitemap as soon as it closes.
export const dynamic = 'force-dynamic';

/** The board and every open job, each with the date it last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env.APP_URL.replace(/\/+$/, '');
  const jobs = await getCachedOpenBoardJobs();
  return [
    { url: `${base}/jobs`, lastModified: newestChange(jobs), changeFrequency: 'daily', priority: 1 },
    ...jobs.map((job) => ({ url: `${base}/jobs/${job.slug}`, lastModified: job.updatedAt, changeFrequency: 'weekly' as const, priority: 0.8 })),
  ];
}
