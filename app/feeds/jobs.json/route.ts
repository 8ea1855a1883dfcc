import { FEED_CACHE_CONTROL, getCachedJsonFeed } from '@/lib/feeds/cached';

// Per request (the build has no database); the feed text itself comes from the tagged cache.
export const dynamic = 'force-dynamic';

/** JSON Feed 1.1 of the open jobs. */
export async function GET() {
  return new Response(await getCachedJsonFeed(), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8', 'Cache-Control': FEED_CACHE_CONTROL, 'Access-Control-Allow-Origin': '*' },
  });
}
