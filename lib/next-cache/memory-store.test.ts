import { describe, expect, it } from 'vitest';
import { cacheValueSize, createMemoryHandler } from './memory-store.mjs';

// The store's contract as @fortedigital/nextjs-cache-handler's CacheHandler calls it (get with
// the page's implicit tags, set, revalidateTag, delete), and its byte budget on entries shaped
// like the ones Next stores (IncrementalCachedAppPageValue): pages with their HTML as a string,
// the RSC payload as a Buffer and a Map of prefetch segments; fetch bodies.

const KB = 1024;

function pageEntry({ htmlBytes = 30 * KB, rscBytes = 20 * KB, segments = 3, segmentBytes = 4 * KB, tags = ['jobs'], lastModified = Date.now() } = {}) {
  return {
    lastModified,
    lifespan: null,
    tags,
    value: {
      kind: 'APP_PAGE',
      html: 'a'.repeat(htmlBytes),
      rscData: Buffer.alloc(rscBytes, 'b'),
      segmentData: new Map(Array.from({ length: segments }, (_, i) => [`/_tree/segment-${i}`, Buffer.alloc(segmentBytes, 'c')])),
      headers: { 'x-next-cache-tags': tags.join(',') },
      status: 200,
      postponed: undefined,
    },
  };
}

function fetchEntry(body: string, tags: string[] = ['jobs'], lastModified = Date.now()) {
  return { lastModified, lifespan: null, tags, value: { kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 3600, tags } };
}

const noImplicitTags = { implicitTags: [] as string[] };

describe('cacheValueSize', () => {
  it('counts binary data by its length, not as JSON arrays of numbers', () => {
    const size = cacheValueSize(pageEntry({ htmlBytes: 0, rscBytes: 50 * KB, segments: 0 }));
    expect(size).toBeGreaterThanOrEqual(50 * KB);
    expect(size).toBeLessThan(51 * KB);
    // What the package's handler counted for the same entry.
    expect(JSON.stringify(pageEntry({ htmlBytes: 0, rscBytes: 50 * KB, segments: 0 })).length).toBeGreaterThan(140 * KB);
  });

  it('counts the prefetch segments a page keeps in a Map (JSON.stringify sees "{}")', () => {
    const without = cacheValueSize(pageEntry({ segments: 0 }));
    const withSegments = cacheValueSize(pageEntry({ segments: 5, segmentBytes: 8 * KB }));
    expect(withSegments - without).toBeGreaterThanOrEqual(40 * KB);
  });

  it('counts a string with any character beyond Latin-1 at two bytes a character, as V8 keeps it', () => {
    const latin1 = cacheValueSize(`<p>Pay: $11,670.34 - $14,174.54 a month, café</p>${'x'.repeat(10_000)}`);
    const wide = cacheValueSize(`<p>Pay: $11,670.34 – $14,174.54 a month, café</p>${'x'.repeat(10_000)}`);
    expect(latin1).toBeLessThan(10_100);
    expect(wide).toBeGreaterThanOrEqual(20_000);
    expect(cacheValueSize('😀'.repeat(100))).toBeGreaterThanOrEqual(400);
  });

  it('counts strings, Sets, arrays and nested objects, and stops on a cycle', () => {
    expect(cacheValueSize('x'.repeat(10_000))).toBeGreaterThanOrEqual(10_000);
    expect(cacheValueSize(new Set(['a'.repeat(1000), 'b'.repeat(1000)]))).toBeGreaterThanOrEqual(2000);
    expect(cacheValueSize({ a: { b: { c: [new Uint8Array(4096)] } } })).toBeGreaterThanOrEqual(4096);
    const cyclic: Record<string, unknown> = { body: 'x'.repeat(100) };
    cyclic.self = cyclic;
    expect(Number.isFinite(cacheValueSize(cyclic))).toBe(true);
  });
});

describe('createMemoryHandler', () => {
  it('returns what was stored, and nothing for an unknown key', async () => {
    const store = createMemoryHandler({ maxItems: 10, maxBytes: 10 * 1024 * KB });
    const entry = pageEntry();
    await store.set('/board/all', entry as never, {} as never);
    expect(await store.get('/board/all', noImplicitTags)).toBe(entry);
    expect(await store.get('/board/other', noImplicitTags)).toBeNull();
  });

  it('keeps the bytes it holds under its budget, dropping the least recently used entry', async () => {
    // Room for three 100 KB pages, not four.
    const store = createMemoryHandler({ maxItems: 100, maxBytes: 350 * KB });
    const page = () => pageEntry({ htmlBytes: 60 * KB, rscBytes: 40 * KB, segments: 0 });
    await store.set('a', page() as never, {} as never);
    await store.set('b', page() as never, {} as never);
    await store.set('c', page() as never, {} as never);
    expect(await store.get('a', noImplicitTags)).not.toBeNull(); // a is now the most recent
    await store.set('d', page() as never, {} as never);
    expect(await store.get('b', noImplicitTags)).toBeNull();
    for (const key of ['a', 'c', 'd']) expect(await store.get(key, noImplicitTags)).not.toBeNull();
  });

  it('keeps many small entries that the JSON count would have turned away', async () => {
    // 40 pages of 50 KB: 2 MB of bytes, ~7 MB as JSON.
    const store = createMemoryHandler({ maxItems: 100, maxBytes: 3 * 1024 * KB });
    for (let i = 0; i < 40; i++) await store.set(`p${i}`, pageEntry({ htmlBytes: 30 * KB, rscBytes: 20 * KB, segments: 0 }) as never, {} as never);
    for (let i = 0; i < 40; i++) expect(await store.get(`p${i}`, noImplicitTags)).not.toBeNull();
  });

  it('does not keep an entry larger than the whole budget', async () => {
    const store = createMemoryHandler({ maxItems: 10, maxBytes: 64 * KB });
    await store.set('huge', pageEntry({ htmlBytes: 80 * KB }) as never, {} as never);
    expect(await store.get('huge', noImplicitTags)).toBeNull();
  });

  it('caps the number of entries', async () => {
    const store = createMemoryHandler({ maxItems: 2, maxBytes: 10 * 1024 * KB });
    for (const key of ['a', 'b', 'c']) await store.set(key, fetchEntry(key) as never, {} as never);
    expect(await store.get('a', noImplicitTags)).toBeNull();
    expect(await store.get('c', noImplicitTags)).not.toBeNull();
  });

  it('drops the entries of an expired tag and keeps the others', async () => {
    const store = createMemoryHandler({ maxItems: 10, maxBytes: 10 * 1024 * KB });
    await store.set('jobs-list', fetchEntry('[1,2]', ['jobs']) as never, {} as never);
    await store.set('settings', fetchEntry('{}', ['settings']) as never, {} as never);
    await store.revalidateTag('jobs');
    expect(await store.get('jobs-list', noImplicitTags)).toBeNull();
    expect(await store.get('settings', noImplicitTags)).not.toBeNull();
  });

  it("treats a page as stale once one of its path's implicit tags expired after it was stored", async () => {
    const store = createMemoryHandler({ maxItems: 10, maxBytes: 10 * 1024 * KB });
    const implicit = { implicitTags: ['_N_T_/layout', '_N_T_/jobs'] };
    await store.set('/jobs', pageEntry({ tags: [], lastModified: Date.now() - 1000 }) as never, {} as never);
    expect(await store.get('/jobs', implicit)).not.toBeNull();
    await store.revalidateTag('_N_T_/jobs');
    expect(await store.get('/jobs', implicit)).toBeNull();
    // A render stored after the expiry is fresh.
    await store.set('/jobs', pageEntry({ tags: [], lastModified: Date.now() + 1000 }) as never, {} as never);
    expect(await store.get('/jobs', implicit)).not.toBeNull();
  });

  it('honours setOnlyIfNotExists, and deletes', async () => {
    const store = createMemoryHandler({ maxItems: 10, maxBytes: 10 * 1024 * KB });
    const first = fetchEntry('first');
    await store.set('k', first as never, {} as never);
    await store.set('k', fetchEntry('second') as never, { setOnlyIfNotExists: true } as never);
    expect(await store.get('k', noImplicitTags)).toBe(first);
    await store.delete?.('k');
    expect(await store.get('k', noImplicitTags)).toBeNull();
  });
});
