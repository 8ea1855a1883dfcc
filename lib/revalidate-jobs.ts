import 'server-only';
import { revalidateTag } from 'next/cache';
import { TAGS } from '@/lib/cache-tags';
import { clearPublicPageCache } from '@/lib/public-page-cache';

/**
 * The one call every posting change makes (create, edit, publish, close, archive, closing
 * date reached): the board, filters, feeds and the job's own page are rebuilt on next request.
 * `{ expire: 0 }` expires immediately instead of serving stale while revalidating, so a closed
 * job never shows its form again.
 */
export function revalidatePublicJobs(...slugs: string[]): void {
  revalidateTag(TAGS.jobs, { expire: 0 });
  for (const slug of slugs) revalidateTag(TAGS.job(slug), { expire: 0 });
  clearPublicPageCache();
}

export function revalidateSettings(): void {
  revalidateTag(TAGS.settings, { expire: 0 });
  clearPublicPageCache();
}
