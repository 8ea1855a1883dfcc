import 'server-only';
import { unstable_cache } from 'next/cache';
import { getBoardCompany, listOpenBoardJobs } from '@/db/queries/public-board';
import { TAGS } from '@/lib/domain/cache-tags';
import { env } from '@/lib/env';
import { newestChange, type FeedContext } from './context';
import { buildIndeedFeed } from './indeed';
import { buildJsonFeed } from './json-feed';
import { buildRssFeed } from './rss';

// Each feed is built once and kept as text until a posting or the settings change
// (revalidatePublicJobs / revalidateSettings expire these tags); the hourly revalidate drops a
// job whose closing date passed without a write.
const HOUR = 3600;
const OPTIONS = { tags: [TAGS.jobs, TAGS.settings], revalidate: HOUR };

async function feedInput() {
  const [jobs, company] = await Promise.all([listOpenBoardJobs(), getBoardCompany()]);
  if (!company) throw new Error('Company settings are missing: run `npm run db:seed`.');
  const ctx: FeedContext = { appUrl: env.APP_URL, companyName: company.companyName, companyUrl: company.companyUrl, updatedAt: newestChange(jobs) };
  return { jobs, ctx };
}

export const getCachedRssFeed = unstable_cache(async () => {
  const { jobs, ctx } = await feedInput();
  return buildRssFeed(jobs, ctx);
}, ['feed-rss'], OPTIONS);

export const getCachedJsonFeed = unstable_cache(async () => {
  const { jobs, ctx } = await feedInput();
  return JSON.stringify(buildJsonFeed(jobs, ctx));
}, ['feed-json'], OPTIONS);

export const getCachedIndeedFeed = unstable_cache(async () => {
  const { jobs, ctx } = await feedInput();
  return buildIndeedFeed(jobs, ctx);
}, ['feed-indeed'], OPTIONS);

/** Short client/CDN lifetimes: the server copy is expired at once on a change, a CDN within a minute. */
export const FEED_CACHE_CONTROL = 'public, max-age=60, s-maxage=60, stale-while-revalidate=300';
