// A response cache for the public board and job pages, in front of Next's handler
// (scripts/serve.ts). Next already keeps these pages rendered, but serving one from its cache
// still costs several times more than sending the same bytes; this keeps the bytes and headers
// of Next's answer and replays them. It never holds anything personal: only anonymous GETs of
// /jobs and /jobs/<slug> with no query string, no RSC headers and no Set-Cookie in the answer.
//
// One store per process, on globalThis: the server script and Next's bundled copy of
// lib/revalidate-jobs.ts are different module instances. Entries live TTL_MS at most, so another
// instance's change (which only clears its own store) shows here within seconds too.

export const PUBLIC_PAGE_TTL_MS = 10_000;
const MAX_ENTRIES = 500;

export interface CachedPage {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  storedAt: number;
}

interface Store {
  pages: Map<string, CachedPage>;
  generation: number;
}

const KEY = Symbol.for('portico.publicPageCache');
type WithStore = typeof globalThis & { [KEY]?: Store };

function store(): Store {
  const g = globalThis as WithStore;
  g[KEY] ??= { pages: new Map(), generation: 0 };
  return g[KEY];
}

/** Called with every public-page invalidation (lib/revalidate-jobs.ts): drops everything. */
export function clearPublicPageCache(): void {
  const s = store();
  s.pages.clear();
  // A render that began before the change must not be stored after it.
  s.generation++;
}

export function publicPageGeneration(): number {
  return store().generation;
}

const PAGE_PATH = /^\/jobs(\/[a-z0-9-]{1,200})?$/;
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'authorization'];

/** The cache key for a request that may be answered from the cache, else null. */
export function publicPageKey(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url ?? '';
  if (url.includes('?') || !PAGE_PATH.test(url)) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  // Next compresses for clients that accept gzip; each encoding is its own entry.
  const accepts = String(request.headers['accept-encoding'] ?? '');
  return `${/\bgzip\b/.test(accepts) ? 'gzip' : 'identity'} ${url}`;
}

export function getPublicPage(key: string, now = Date.now()): CachedPage | null {
  const s = store();
  const page = s.pages.get(key);
  if (!page) return null;
  if (now - page.storedAt > PUBLIC_PAGE_TTL_MS) {
    s.pages.delete(key);
    return null;
  }
  return page;
}

// Headers that belong to one connection or one moment, not to the page.
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** Keeps Next's answer when it is a cacheable page for everyone; `generation` is from before the render. */
export function putPublicPage(key: string, generation: number, answer: { status: number; headers: Record<string, string | string[] | number | undefined>; body: Buffer }): boolean {
  const s = store();
  if (generation !== s.generation || answer.status !== 200) return false;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined || HOP_HEADERS.has(name.toLowerCase())) continue;
    headers[name.toLowerCase()] = typeof value === 'number' ? String(value) : value;
  }
  if (headers['set-cookie'] !== undefined) return false;
  // Only what Next itself marks shareable (its cached pages send s-maxage).
  if (!/\bs-maxage=\d+/.test(String(headers['cache-control'] ?? ''))) return false;
  if (s.pages.size >= MAX_ENTRIES) s.pages.delete(s.pages.keys().next().value as string);
  s.pages.set(key, { status: answer.status, headers, body: answer.body, storedAt: Date.now() });
  return true;
}
