import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getDepartments } from '@/app/api/v1/departments/route';
import { GET as getJob, OPTIONS as jobOptions } from '@/app/api/v1/jobs/[id]/route';
import { GET as listJobs, OPTIONS as listOptions } from '@/app/api/v1/jobs/route';
import { GET as getLocations } from '@/app/api/v1/locations/route';
import { departments, locations } from '@/db/schema';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { expectMatchesContract } from '@/tests/helpers/openapi-contract';

// The read endpoints against real PostgreSQL, every response checked against the OpenAPI document.

const { db, sql } = openTestDb();
const tag = randomUUID().slice(0, 8);
const none = { params: Promise.resolve({}) };
const get = (path: string, headers: HeadersInit = {}) => new Request(`http://localhost${path}`, { headers });
let department: { id: number; slug: string };
let location: { id: number };
const jobIds: Record<string, number> = {};

beforeAll(async () => {
  await ensureSettings(db);
  [department] = (await db.insert(departments).values({ name: `API Dept ${tag}`, slug: `api-dept-${tag}` }).returning({ id: departments.id, slug: departments.slug })) as [typeof department];
  [location] = (await db.insert(locations).values({ city: `Apiville ${tag}`, countryCode: 'NZ' }).returning({ id: locations.id })) as [typeof location];
  const base = { departmentId: department.id, locationId: location.id };
  // Three open jobs a second apart (newest first), one draft, one closed.
  for (const [name, minutesAgo] of [['a', 3], ['b', 2], ['c', 1]] as const) {
    jobIds[name] = (await createTestJob(db, { ...base, title: `Api ${name} ${tag}`, publishedAt: new Date(Date.now() - minutesAgo * 60_000), pay: { min: '50000', max: '70000', currency: 'EUR', period: 'year' } })).id;
  }
  jobIds.draft = (await createTestJob(db, { ...base, title: `Api draft ${tag}`, status: 'draft' })).id;
  jobIds.closed = (await createTestJob(db, { ...base, title: `Api closed ${tag}`, status: 'closed' })).id;
});

afterAll(async () => {
  await sql.end();
});

describe('GET /api/v1/jobs', () => {
  it('lists open jobs of a department newest first, pages by cursor, and never shows drafts or closed jobs', async () => {
    const first = await listJobs(get(`/api/v1/jobs?department=${department.slug}&limit=2`), none);
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('cache-control')).toContain('max-age');
    const page1 = (await expectMatchesContract('/api/v1/jobs', 'get', first)) as { data: Array<{ id: number; pay: unknown }>; nextCursor: string };
    expect(page1.data.map((j) => j.id)).toEqual([jobIds.c, jobIds.b]);
    expect(page1.data[0]?.pay).toEqual({ min: 50000, max: 70000, currency: 'EUR', period: 'year' });

    const second = await listJobs(get(`/api/v1/jobs?department=${department.slug}&limit=2&cursor=${page1.nextCursor}`), none);
    const page2 = (await expectMatchesContract('/api/v1/jobs', 'get', second)) as { data: Array<{ id: number }>; nextCursor: string | null };
    expect(page2.data.map((j) => j.id)).toEqual([jobIds.a]);
    expect(page2.nextCursor).toBeNull();
  });

  it('filters by country, workplace and type, and searches titles', async () => {
    const response = await listJobs(get(`/api/v1/jobs?country=nz&workplace=remote&type=full_time&q=${tag}&limit=100`), none);
    const body = (await expectMatchesContract('/api/v1/jobs', 'get', response)) as { data: Array<{ id: number }> };
    expect(body.data.map((j) => j.id).sort()).toEqual([jobIds.a, jobIds.b, jobIds.c].sort());
    const none2 = await listJobs(get(`/api/v1/jobs?department=${department.slug}&workplace=hybrid`), none);
    expect(((await none2.json()) as { data: unknown[] }).data).toEqual([]);
  });

  it('serves the unfiltered list, page by page, with every open job on some page', async () => {
    // Other test files add open jobs to the same database meanwhile, so this one's may sit on
    // any page: follow the cursors to the end.
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const response = await listJobs(get(`/api/v1/jobs?limit=100${cursor ? `&cursor=${cursor}` : ''}`), none);
      const body = (await expectMatchesContract('/api/v1/jobs', 'get', response)) as { data: Array<{ id: number }>; nextCursor: string | null };
      expect(body.data.length).toBeLessThanOrEqual(100);
      seen.push(...body.data.map((j) => j.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([jobIds.a, jobIds.b, jobIds.c]));
  });

  it('answers 304 to a current If-None-Match, and 200 to a stale one', async () => {
    const first = await listJobs(get(`/api/v1/jobs?department=${department.slug}`), none);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const again = await listJobs(get(`/api/v1/jobs?department=${department.slug}`, { 'If-None-Match': etag! }), none);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await listJobs(get(`/api/v1/jobs?department=${department.slug}`, { 'If-None-Match': '"stale"' }), none);
    expect(stale.status).toBe(200);
  });

  it('refuses invalid parameters and forged cursors with a 422 problem naming each field', async () => {
    const response = await listJobs(get('/api/v1/jobs?limit=0&workplace=moon&country=Germany&color=red'), none);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await expectMatchesContract('/api/v1/jobs', 'get', response)) as { errors: Array<{ field: string }> };
    expect(body.errors.map((e) => e.field).sort()).toEqual(['color', 'country', 'limit', 'workplace']);
    for (const cursor of ['not-base64!', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{').toString('base64url')]) {
      const forged = await listJobs(get(`/api/v1/jobs?cursor=${encodeURIComponent(cursor)}`), none);
      expect(forged.status).toBe(422);
      await expectMatchesContract('/api/v1/jobs', 'get', forged);
    }
  });

  it('answers a CORS preflight', async () => {
    const response = listOptions();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    expect(jobOptions().headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('refuses an unknown or malformed API key with a 401 problem', async () => {
    for (const authorization of ['Bearer ptc_' + 'x'.repeat(43), 'Basic abc']) {
      const response = await listJobs(get('/api/v1/jobs', { Authorization: authorization }), none);
      expect(response.status).toBe(401);
      await expectMatchesContract('/api/v1/jobs', 'get', response);
    }
  });
});

describe('GET /api/v1/jobs/{id}', () => {
  const params = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });

  it('returns an open job with its pay and questions', async () => {
    const job = await createTestJob(db, { questions: [{ key: 'years', kind: 'number', label: 'Years', required: true }] });
    const response = await getJob(get(`/api/v1/jobs/${job.id}`), params(job.id));
    const body = (await expectMatchesContract('/api/v1/jobs/{id}', 'get', response)) as { status: string; questions: Array<{ key: string }> };
    expect(body.status).toBe('open');
    expect(body.questions.map((q) => q.key)).toEqual(['years']);
  });

  it('returns a closed job with status closed, and 404 for drafts, unknown and malformed ids', async () => {
    const closed = await getJob(get(`/api/v1/jobs/${jobIds.closed}`), params(jobIds.closed!));
    expect(((await expectMatchesContract('/api/v1/jobs/{id}', 'get', closed)) as { status: string }).status).toBe('closed');
    for (const id of [jobIds.draft!, 2_000_000_000, 'abc', '1.5', '99999999999999', '-1']) {
      const response = await getJob(get(`/api/v1/jobs/${id}`), params(id));
      expect(response.status).toBe(404);
      await expectMatchesContract('/api/v1/jobs/{id}', 'get', response);
    }
  });
});

describe('GET /api/v1/departments and /locations', () => {
  it('list the departments and locations that have open jobs, with counts', async () => {
    const deps = (await expectMatchesContract('/api/v1/departments', 'get', await getDepartments(get('/api/v1/departments'), none))) as { data: Array<{ slug: string; openJobs: number }> };
    expect(deps.data.find((d) => d.slug === department.slug)?.openJobs).toBe(3);
    const locs = (await expectMatchesContract('/api/v1/locations', 'get', await getLocations(get('/api/v1/locations'), none))) as { data: Array<{ id: number; openJobs: number; country: string }> };
    expect(locs.data.find((l) => l.id === location.id)).toMatchObject({ openJobs: 3, country: 'New Zealand' });
  });
});
