// Next's cache handler (next.config.ts `cacheHandler`): one cache for every app instance.
// With REDIS_URL the pages and data cache live in Redis, so revalidateTag() on one instance (or
// in the worker) is seen by all of them at once; without it, in this process's memory (one
// instance, the zero-config `npm start`). Decided at start-up, not at build: the same build
// serves both. The app uses ISR and unstable_cache only ('use cache' is not supported here).
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import { createMemoryHandler } from './lib/next-cache/memory-store.mjs';
import { connectRedisStore } from './lib/next-cache/redis-store.mjs';
import { nextRouteLifetimes, ROUTE_LIFETIMES_MAX, trimOldest } from './lib/next-cache/route-lifetimes.mjs';

const configKey = Symbol.for('portico.nextCacheConfig');

// Entries expire (and leave Redis) at twice their revalidate time, matching next.config.ts's
// expireTime (7200 s for the hourly pages); an entry with no revalidate at all lasts a day, not
// the handler's default year, so the pages of unknown paths never pile up.
const TTL = { defaultStaleAge: 86_400, estimateExpireAge: (staleAge) => staleAge * 2 };

CacheHandler.onCreation(() => {
  // One connection per process, whatever number of handler instances Next creates.
  globalThis[configKey] ??= (async () => {
    const url = process.env.REDIS_URL;
    if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
      // MEMORY_CACHE_MB (default 25; lib/env.ts has validated it by now) rather than a size a
      // crawler's never-seen searches (~100 KB each: the HTML, two bytes a character, the RSC
      // payload and prefetch segments) could grow without bound; the least recently used page
      // renders again. Every megabyte here cost ~1.7 MB of the server's RSS (V8 keeps its heap
      // 30% above what is alive, and the Buffers are malloc's): README, Performance.
      const megabytes = Number(process.env.MEMORY_CACHE_MB) || 25;
      return { handlers: [createMemoryHandler({ maxItems: 5_000, maxBytes: megabytes * 1024 * 1024 })], ttl: TTL };
    }
    // No fallback to memory: a private cache would let instances disagree about a closed
    // posting. While Redis is unreachable lookups miss and Next renders from the database.
    const { handler } = await connectRedisStore(url, process.env, { wait: false });
    return { handlers: [handler], ttl: TTL };
  })();
  return globalThis[configKey];
});

/**
 * Next 16 takes an entry's lifetime from its `cacheControl` and otherwise from what this process
 * remembers of its own renders; an entry another instance rendered would count as stale after
 * one second (re-rendered on every request) and be sent without Cache-Control (so nginx would
 * not cache it). The handler keeps the lifetime as `lifespan`: hand it to Next.
 */
// Counted here, read by lib/metrics/cache.ts at each scrape (portico_cache_*_total).
const counts = (globalThis[Symbol.for('portico.nextCacheCounts')] ??= { hits: 0, misses: 0, errors: 0 });

// Next's own Map of every cached path's lifetime, which it never empties (route-lifetimes.mjs):
// kept to the newest paths at each read and write, since the entries handed back below carry
// their lifetime anyway.
const routeLifetimes = nextRouteLifetimes();
if (!routeLifetimes) console.warn('[next-cache] Next keeps its route lifetimes elsewhere than route-lifetimes.mjs expects: they are not trimmed');
const trimRouteLifetimes = () => routeLifetimes && trimOldest(routeLifetimes, ROUTE_LIFETIMES_MAX);

class SharedCacheHandler extends CacheHandler {
  async get(key, ctx) {
    trimRouteLifetimes();
    let entry;
    try {
      entry = await super.get(key, ctx);
    } catch {
      // Redis unreachable: a miss, so Next renders the page (a throw here would be a 500).
      counts.errors++;
      return null;
    }
    if (entry) counts.hits++;
    else counts.misses++;
    const lifespan = entry?.lifespan;
    if (!entry || entry.cacheControl || typeof lifespan?.revalidate !== 'number') return entry;
    return { ...entry, cacheControl: { revalidate: lifespan.revalidate, expire: lifespan.expireAge } };
  }

  async set(key, value, ctx) {
    try {
      await super.set(key, value, ctx);
    } catch {
      counts.errors++;
    }
    // After Next has added this path's lifetime (it does so before calling us).
    trimRouteLifetimes();
  }

  async revalidateTag(tag, durations) {
    try {
      await super.revalidateTag(tag, durations);
    } catch (error) {
      // The change itself is saved; its pages refresh when their entries expire (revalidate).
      counts.errors++;
      console.error(`[next-cache] could not expire tag ${tag}: ${error?.message ?? error}`);
    }
  }
}

export default SharedCacheHandler;
