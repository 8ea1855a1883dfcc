// The in-process store of Next's data and page cache when REDIS_URL is unset (one instance, the
// zero-config `npm start`): an LRU bounded by the bytes its entries hold. It keeps the semantics
// of @fortedigital/nextjs-cache-handler's local-lru handler, which it replaces because that one
// sizes every entry by JSON.stringify(entry).length: a Buffer (a page's HTML and RSC payload)
// becomes an array of numbers ~3.5× its size, the Map of a page's prefetch segments counts as
// "{}", and stringifying each new page cost ~4% of a never-seen search's CPU. Plain JavaScript,
// like redis-store.mjs: Next loads the cache handler at run time without compiling it.
import { LRUCache } from 'lru-cache';

// Next prefixes the tags it derives from a page's path with this (e.g. `_N_T_/jobs`); expiring
// one of those marks a time rather than deleting entries, as the package's handlers do.
const IMPLICIT_TAG_PREFIX = '_N_T_';
// What V8 spends around a value beyond its payload (headers, slots, a Map's buckets): a rough
// per-node figure, so that an entry of many small parts is not counted as nothing.
const NODE_OVERHEAD = 16;
// Cache values are plain trees (Next's page and fetch entries); the limit only guards the walk.
const MAX_DEPTH = 16;

// V8 keeps a string in one byte a character while every character is Latin-1, and in two as
// soon as one is not: a page's HTML (a string in Next's cache) with a single "–" or "’" in it.
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * Approximately the bytes a cache entry holds: binary data by its length, strings by V8's one
 * or two bytes a character, and the parts of Maps, Sets, arrays and objects added up. Linear in
 * the entry's nodes and in its strings' length (one scan each, stopping at the first wide
 * character).
 */
export function cacheValueSize(value, depth = 0) {
  if (value === null || value === undefined) return NODE_OVERHEAD;
  switch (typeof value) {
    case 'string':
      return NODE_OVERHEAD + value.length * (BEYOND_LATIN1.test(value) ? 2 : 1);
    case 'number':
    case 'boolean':
    case 'bigint':
      return NODE_OVERHEAD;
    case 'object':
      break;
    default:
      return NODE_OVERHEAD;
  }
  if (ArrayBuffer.isView(value)) return NODE_OVERHEAD + value.byteLength;
  if (value instanceof ArrayBuffer) return NODE_OVERHEAD + value.byteLength;
  if (depth >= MAX_DEPTH) return NODE_OVERHEAD;
  let size = NODE_OVERHEAD;
  if (value instanceof Map) {
    for (const [key, item] of value) size += cacheValueSize(key, depth + 1) + cacheValueSize(item, depth + 1);
  } else if (value instanceof Set || Array.isArray(value)) {
    for (const item of value) size += cacheValueSize(item, depth + 1);
  } else {
    for (const key in value) {
      if (Object.hasOwn(value, key)) size += key.length + cacheValueSize(value[key], depth + 1);
    }
  }
  return size;
}

/**
 * A handler for @fortedigital/nextjs-cache-handler's CacheHandler: at most `maxItems` entries and
 * `maxBytes` in all (by cacheValueSize); the least recently used entry goes first, and an entry
 * larger than the whole budget is not kept (the page renders again next time).
 */
export function createMemoryHandler({ maxItems, maxBytes }) {
  const entries = new LRUCache({ max: maxItems, maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, cacheValueSize(entry)) });
  // When each implicit tag was last expired: an entry stored before that time is stale.
  const implicitTagExpiries = new Map();

  return {
    name: 'portico-memory',
    get(key, { implicitTags }) {
      const entry = entries.get(key);
      if (!entry) return Promise.resolve(null);
      for (const tag of [...entry.tags, ...implicitTags]) {
        const expiredAt = implicitTagExpiries.get(tag);
        if (expiredAt && expiredAt > entry.lastModified) {
          entries.delete(key);
          return Promise.resolve(null);
        }
      }
      return Promise.resolve(entry);
    },
    set(key, entry, ctx) {
      if (ctx?.setOnlyIfNotExists && entries.has(key)) return Promise.resolve();
      entries.set(key, entry);
      return Promise.resolve();
    },
    revalidateTag(tag) {
      // Collected first: the LRU's iterator is not to be changed under it.
      const expired = [];
      for (const [key, { tags }] of entries.entries()) if (tags.includes(tag)) expired.push(key);
      for (const key of expired) entries.delete(key);
      if (tag.startsWith(IMPLICIT_TAG_PREFIX)) implicitTagExpiries.set(tag, Date.now());
      return Promise.resolve();
    },
    delete(key) {
      entries.delete(key);
      return Promise.resolve();
    },
  };
}
