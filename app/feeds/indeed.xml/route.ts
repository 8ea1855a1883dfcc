import { FEED_CACHE_CONTROL, getCachedIndeedFeed } from '@/lib/feeds/cached';

// Per request (the build has no database); the feed text itself comes from the tagged cache.
export const dynamic = 'force-dynamic';

/** Indeed's XML job feed of the open jobs. */
export async function GET() {
  return new Response(await getCachedIndeedFeed(), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': FEED_CACHE_CONTROL },
  });
}
