import 'server-only';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { TAGS } from '@/lib/domain/cache-tags';

/**
 * Expires the tags now, and once more after the response: a render that read the database
 * before the change but finished after it (a link prefetch racing the action, seen in e2e)
 * would otherwise be kept as fresh until the hourly revalidation. Callers are server actions
 * and route handlers, where after() runs once the response is sent.
 */
function expire(tags: string[]): void {
  const run = () => {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  };
  run();
  after(run);
}

/**
 * The one call every posting change makes (create, edit, publish, close, archive, closing
 * date reached): the board, filters, feeds and the job's own page are rebuilt on next request.
 * `{ expire: 0 }` expires immediately instead of serving stale while revalidating, so a closed
 * job never shows its form again.
 */
export function revalidatePublicJobs(...slugs: string[]): void {
  expire([TAGS.jobs, ...slugs.map((slug) => TAGS.job(slug))]);
}

export function revalidateSettings(): void {
  expire([TAGS.settings]);
}
