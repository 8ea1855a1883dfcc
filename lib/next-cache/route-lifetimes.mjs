// Next 16 remembers the lifetime (revalidate, expire) of every page path it caches in one
// process-wide Map, SharedCacheControls.cacheControls, that nothing ever empties: an entry of
// ~250 bytes (its key holds a 64-character hash of the route) per distinct path, for the life of
// the process. Every never-seen search (`/board/<state>`) and every unknown job slug (a cached
// 404) adds one, so any visitor could grow the server's heap without bound, ~1 MB per 4,000
// made-up URLs. The Map is only a memory of lifetimes: our cache handler returns each entry with
// its own (cache-handler.mjs, get) and Next prefers that one, so keeping the newest few thousand
// paths loses nothing. Plain JavaScript, like the stores: Next loads the handler uncompiled.
import { createRequire } from 'node:module';

/** The paths whose lifetimes Next may keep in memory; beyond that the oldest are dropped. */
export const ROUTE_LIFETIMES_MAX = 2_000;

// Where Next 16.4 keeps the Map. A `.external` module: one instance shared by Next's server and
// every route runtime, resolved from here to the same file as from Next itself.
const SHARED_CACHE_CONTROLS = 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js';

/** Next's Map of route lifetimes, or null if this Next keeps it elsewhere (then nothing is trimmed). */
export function nextRouteLifetimes() {
  try {
    const { SharedCacheControls } = createRequire(import.meta.url)(SHARED_CACHE_CONTROLS);
    const lifetimes = SharedCacheControls?.cacheControls;
    return lifetimes instanceof Map ? lifetimes : null;
  } catch {
    return null;
  }
}

/** Deletes the oldest entries (a Map iterates in insertion order) until `max` are left; returns how many went. */
export function trimOldest(map, max) {
  const excess = map.size - max;
  if (excess <= 0) return 0;
  let removed = 0;
  for (const key of map.keys()) {
    map.delete(key);
    if (++removed === excess) break;
  }
  return removed;
}
