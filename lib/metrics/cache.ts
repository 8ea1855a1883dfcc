import 'server-only';
import { counter } from './registry';

// Next's cache handler (cache-handler.mjs at the root) runs outside Next's bundles
// and counts its lookups on globalThis under this symbol; these counters read them at scrape.
const COUNTS = Symbol.for('portico.nextCacheCounts');

interface CacheCounts {
  hits?: number;
  misses?: number;
  errors?: number;
}

function counts(): CacheCounts {
  return (globalThis as unknown as Record<symbol, CacheCounts | undefined>)[COUNTS] ?? {};
}

function mirrored(name: string, help: string, read: (c: CacheCounts) => number | undefined) {
  return counter({
    name,
    help,
    collect() {
      this.reset();
      this.inc(read(counts()) ?? 0);
    },
  });
}

mirrored('portico_cache_hits_total', 'Lookups in Next’s data and page cache (Redis or memory) that found a fresh entry.', (c) => c.hits);
mirrored('portico_cache_misses_total', 'Lookups in Next’s data and page cache that found nothing, so the page or data was rendered.', (c) => c.misses);
mirrored('portico_cache_errors_total', 'Lookups in Next’s cache that failed (Redis unreachable); the page was rendered instead.', (c) => c.errors);
