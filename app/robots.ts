import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

// Read per request so the sitemap address follows the running APP_URL, not the build's.
export const dynamic = 'force-dynamic';

/**
 * Crawlers may read the board, job pages, feeds and the public job API; the signed-in areas,
 * apply forms (noindex anyway) and the rest of /api are off limits.
 */
export default function robots(): MetadataRoute.Robots {
  const base = env.APP_URL.replace(/\/+$/, '');
  return {
    rules: {
      userAgent: '*',
      allow: ['/', '/api/greenhouse/'],
      disallow: ['/dashboard', '/admin', '/api/', '/sign-in', '/jobs/*/apply'],
    },
    sitemap: `${base}/sitemap.xml`,
    host: base,
  };
}
