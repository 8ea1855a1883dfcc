import { FEED_CACHE_CONTROL, getCachedRssFeed } from '@/lib/feeds/cached';

// Per request (the build has no database); the feed text itself comes from the tagged cache.
export const dynamic = 'force-dynamic';

/** RSS 2.0 of the open jobs. */
export async function GET() {
  return new Response(await getCachedRssFeed(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': FEED_CACHE_CONTROL, 'Access-Control-Allow-Origin': '*' },
  });
}
