// Next's cache handler (next.config.ts `cacheHandler`): one cache for every app instance.
// With REDIS_URL the pages and data cache live in Redis, so revalidateTag() on one instance (or
// in the worker) is seen by all of them at once; without it, in this process's memory (one
// instance, the zero-config `npm start`). Decided at start-up, not at build: the same build
// serves both. The app uses ISR and unstable_cache only ('use cache' is not supported here).
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import { connectRedisStore } from './lib/next-cache/redis-store.mjs';

const configKey = Symbol.for('portico.nextCacheConfig');

CacheHandler.onCreation(() => {
  // One connection per process, whatever number of handler instances Next creates.
  globalThis[configKey] ??= (async () => {
    const url = process.env.REDIS_URL;
    if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
      return { handlers: [createLruHandler({ maxItemsNumber: 5_000, maxItemSizeBytes: 256 * 1024 * 1024 })] };
    }
    // A Redis that cannot be reached at start-up stops the instance: serving from a private
    // cache would let instances disagree about a closed posting.
    const { handler } = await connectRedisStore(url);
    return { handlers: [handler] };
  })();
  return globalThis[configKey];
});

export default CacheHandler;
