import { createRequire } from 'node:module';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextRouteLifetimes, ROUTE_LIFETIMES_MAX, trimOldest } from './route-lifetimes.mjs';

// Next's own IncrementalCache (the object every ISR read and write goes through) with our cache
// handler (cache-handler.mjs, on its memory store) behind it: the Map that route-lifetimes.mjs
// trims must be the one Next fills, and a page whose remembered lifetime was trimmed must still
// be served as fresh, from the lifetime its entry carries.

type IncrementalCacheInstance = {
  get(key: string, ctx: object): Promise<{ isStale?: boolean | -1; cacheControl?: { revalidate: number; expire?: number }; value: unknown } | null>;
  set(key: string, value: object, ctx: object): Promise<void>;
};
type IncrementalCacheClass = new (options: object) => IncrementalCacheInstance;

const require = createRequire(import.meta.url);
const { IncrementalCache } = require('next/dist/server/lib/incremental-cache/index.js') as { IncrementalCache: IncrementalCacheClass };

// The board's ISR route, as Next names the owner of `/board/<state>` pages.
const BOARD_ROUTE = { kind: 'APP_PAGE', sourceRoute: '/board/[view]/page' };
const HOURLY = { revalidate: 3600, expire: 7200 };

function newIncrementalCache(handler: unknown): IncrementalCacheInstance {
  return new IncrementalCache({
    dev: false,
    minimalMode: false,
    requestHeaders: {},
    previewProps: { previewModeId: 'preview' },
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: 'preview' } },
    CurCacheHandler: handler,
    fetchCacheKeyPrefix: '',
  });
}

const page = (text: string) => ({ kind: 'APP_PAGE', html: `<p>${text}</p>`, rscData: Buffer.from(text), headers: {}, status: 200, postponed: undefined, segmentData: undefined });
const writeCtx = { cacheControl: HOURLY, route: BOARD_ROUTE, isFallback: false, isRoutePPREnabled: false };
const readCtx = { kind: 'APP_PAGE', route: BOARD_ROUTE, isFallback: false, isRoutePPREnabled: false };

describe('Next’s route lifetimes', () => {
  let lifetimes: Map<string, unknown>;
  let cache: IncrementalCacheInstance;

  beforeAll(async () => {
    // The memory store, whatever the environment says: this file checks Next's side, not Redis.
    vi.stubEnv('REDIS_URL', '');
    const { default: SharedCacheHandler } = await import('../../cache-handler.mjs');
    cache = newIncrementalCache(SharedCacheHandler);
    const found = nextRouteLifetimes();
    if (!found) throw new Error('Next keeps its route lifetimes elsewhere: update route-lifetimes.mjs');
    lifetimes = found;
  });

  beforeEach(() => lifetimes.clear());

  it('are the Map Next fills on each page it caches', async () => {
    await cache.set('/board/written', page('written'), writeCtx);
    expect([...lifetimes.keys()].some((key) => key.endsWith('$/board/written'))).toBe(true);
  });

  it('stay at the newest paths however many distinct pages are cached', async () => {
    const extra = 300;
    for (let i = 0; i < ROUTE_LIFETIMES_MAX + extra; i++) await cache.set(`/board/search-${i}`, page(`search ${i}`), writeCtx);
    expect(lifetimes.size).toBe(ROUTE_LIFETIMES_MAX);
    const keys = [...lifetimes.keys()];
    expect(keys.some((key) => key.endsWith(`$/board/search-${extra - 1}`))).toBe(false);
    expect(keys.at(-1)).toMatch(new RegExp(`\\$/board/search-${ROUTE_LIFETIMES_MAX + extra - 1}$`));
  });

  it('leave a trimmed page fresh for its hour: its entry brings its own lifetime', async () => {
    await cache.set('/board/kept', page('kept'), writeCtx);
    lifetimes.clear();
    const entry = await cache.get('/board/kept', readCtx);
    expect(entry?.value).toMatchObject({ kind: 'APP_PAGE', html: '<p>kept</p>' });
    expect(entry?.cacheControl).toEqual(HOURLY);
    expect(entry?.isStale).toBeFalsy();
  });

  it('would leave it stale without that lifetime: why the handler hands it back', async () => {
    const lastModified = Date.now() - 5_000;
    class LifetimelessHandler {
      async get() {
        return { lastModified, value: page('bare') };
      }
      async set() {}
      async revalidateTag() {}
      resetRequestCache() {}
    }
    const entry = await newIncrementalCache(LifetimelessHandler).get('/board/bare', readCtx);
    expect(entry?.cacheControl).toBeUndefined();
    expect(entry?.isStale).toBe(true);
  });
});

describe('trimOldest', () => {
  it('drops the first-inserted entries down to the limit and nothing below it', () => {
    const map = new Map(['a', 'b', 'c', 'd', 'e'].map((key, i) => [key, i]));
    expect(trimOldest(map, 5)).toBe(0);
    expect(trimOldest(map, 2)).toBe(3);
    expect([...map.keys()]).toEqual(['d', 'e']);
    expect(trimOldest(map, 0)).toBe(2);
    expect(map.size).toBe(0);
  });
});
