import { sql as q } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedManyApplicants } from '@/db/seed-many-applicants';
import { APPLICANT_SORTS, type ApplicantParams, type ApplicantSort } from '@/lib/dashboard/applicant-params';
import { encodeCursor } from '@/db/keyset';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, createActor } from '@/tests/helpers/review';
import type { Actor } from './access';
import { listApplicants } from './applicants';

const { db, sql } = openTestDb();
const COUNT = 160; // three full pages and a part, with ties on date, rating, stage and name

// The oracle: each order written out by hand, not derived from the code under test.
const ORDER: Record<ApplicantSort, string> = {
  date: 'submitted_at desc, id desc',
  name: 'sort_name asc, id asc',
  rating: 'rating_average desc nulls last, id asc',
  scorecard: 'scorecard_average desc nulls last, id asc',
  stage: 'stage_position asc, submitted_at desc, id desc',
};

let job: { id: number };
let member: Actor;
let outsider: Actor;
let admin: Actor;
let stageIds: number[];

beforeAll(async () => {
  await ensureSettings(db);
  job = await createTestJob(db);
  [member, outsider, admin] = await Promise.all([createActor(db), createActor(db), createActor(db, 'admin')]);
  await addToHiringTeam(db, job.id, member);
  await seedManyApplicants(sql, { jobId: job.id, count: COUNT });
  // Namesakes, so the name order has to break ties by id too. Names shown and sorted are the
  // application's own (the trigger recomputes its sort and search copies).
  const renamed = await sql`update applications set first_name = 'Grace', last_name = 'Hopper' where job_id = ${job.id} and id % 20 = 0`;
  if (renamed.count < 2) throw new Error('Expected several namesakes');
  stageIds = (await sql<{ id: number }[]>`select id from stages where job_id = ${job.id} order by position`).map((r) => r.id);
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

async function expected(sort: ApplicantSort, where = 'true'): Promise<number[]> {
  const rows = await sql.unsafe<{ id: number }[]>(`select id from applications where job_id = $1 and (${where}) order by ${ORDER[sort]}`, [job.id]);
  return rows.map((r) => r.id);
}

/** Every page from the first, following "Next"; then back from the last, following "Previous". */
async function walk(params: ApplicantParams) {
  const forward: number[][] = [];
  let page = await listApplicants(member, job.id, params, db);
  while (page) {
    forward.push(page.rows.map((r) => r.id));
    if (!page.nextCursor) break;
    page = await listApplicants(member, job.id, { ...params, after: page.nextCursor }, db);
  }
  const backward: number[][] = [page?.rows.map((r) => r.id) ?? []];
  while (page?.prevCursor) {
    page = await listApplicants(member, job.id, { ...params, before: page.prevCursor }, db);
    backward.unshift(page?.rows.map((r) => r.id) ?? []);
  }
  return { forward, backward };
}

describe('listApplicants scoping', () => {
  it('shows the job to its hiring team and to admins, and to nobody else', async () => {
    expect((await listApplicants(member, job.id, { sort: 'date' }, db))?.rows).toHaveLength(50);
    expect((await listApplicants(admin, job.id, { sort: 'date' }, db))?.rows).toHaveLength(50);
    expect(await listApplicants(outsider, job.id, { sort: 'date' }, db)).toBeNull();
    expect(await listApplicants(admin, 2_000_000_000, { sort: 'date' }, db)).toBeNull();
  });
});

describe('listApplicants keyset pagination', () => {
  it.each(APPLICANT_SORTS)('pages through sort %s with no duplicates or gaps, both ways', async (sort) => {
    const all = await expected(sort);
    const { forward, backward } = await walk({ sort });
    expect(forward.map((p) => p.length)).toEqual([50, 50, 50, 10]);
    expect(forward.flat()).toEqual(all);
    expect(backward).toEqual(forward);
  });

  it('pages a stage filter in date order (also when sorted "by stage")', async () => {
    const stage = stageIds[0]!;
    const all = await expected('date', `stage_id = ${stage}`);
    expect(all.length).toBeGreaterThan(50);
    for (const sort of ['date', 'stage'] as const) {
      const { forward, backward } = await walk({ sort, stage });
      expect(forward.flat()).toEqual(all);
      expect(backward).toEqual(forward);
    }
  });

  it('filters by minimum rating in rating order', async () => {
    const all = await expected('rating', 'rating_average >= 3');
    const { forward } = await walk({ sort: 'rating', rating: 3 });
    expect(all.length).toBeGreaterThan(0);
    expect(forward.flat()).toEqual(all);
  });

  it('starts over on a cursor that is not for this sort, and shows an empty page past the end', async () => {
    const first = await listApplicants(member, job.id, { sort: 'date' }, db);
    const foreign = await listApplicants(member, job.id, { sort: 'name', after: first!.nextCursor! }, db);
    expect(foreign?.rows.map((r) => r.id)).toEqual((await expected('name')).slice(0, 50));
    expect(foreign?.prevCursor).toBeNull();
    const pastEnd = await listApplicants(member, job.id, { sort: 'date', after: encodeCursor('date', ['1970-01-01T00:00:00Z', 1]) }, db);
    expect(pastEnd).toEqual({ rows: [], nextCursor: null, prevCursor: null });
  });
});

describe('listApplicants search and rows', () => {
  it('finds by any part of the name or email, in any case', async () => {
    const email = await sql<{ email: string; id: number }[]>`select c.email, a.id from applications a join candidates c on c.id = a.candidate_id where a.job_id = ${job.id} and a.id % 20 = 0 limit 1`;
    const hoppers = await expected('date', "search_text like '%hopper%'");
    expect(hoppers.length).toBeGreaterThan(1);
    expect((await listApplicants(member, job.id, { sort: 'date', q: 'HOPPER' }, db))?.rows.map((r) => r.id)).toEqual(hoppers);
    expect((await listApplicants(member, job.id, { sort: 'date', q: 'grace hop' }, db))?.rows.map((r) => r.id)).toEqual(hoppers);
    const byEmail = await listApplicants(member, job.id, { sort: 'date', q: email[0]!.email.toUpperCase() }, db);
    expect(byEmail?.rows.map((r) => r.id)).toEqual([email[0]!.id]);
  });

  it('takes LIKE wildcards in a search literally', async () => {
    expect((await listApplicants(member, job.id, { sort: 'date', q: '%' }, db))?.rows).toEqual([]);
    expect((await listApplicants(member, job.id, { sort: 'date', q: '_' }, db))?.rows).toEqual([]);
  });

  it('returns what the table shows, and nothing more', async () => {
    const [row] = (await listApplicants(member, job.id, { sort: 'rating' }, db))!.rows;
    const [truth] = await db.execute<{ id: number; email: string; rating: string; name: string }>(
      q`select a.id, c.email, a.rating_average::text as rating, s.name from applications a join candidates c on c.id = a.candidate_id
        join stages s on s.id = a.stage_id where a.job_id = ${job.id} order by a.rating_average desc nulls last, a.id limit 1`,
    );
    expect(Object.keys(row!).sort()).toEqual(['email', 'firstName', 'id', 'lastName', 'ratingAverage', 'ratingCount', 'source', 'stageId', 'stageKind', 'stageName', 'submittedAt', 'withdrawn']);
    expect(row).toMatchObject({ id: truth!.id, email: truth!.email, ratingAverage: truth!.rating, stageName: truth!.name });
    expect(row!.submittedAt).toBeInstanceOf(Date);
  });

  it('keeps microseconds in the cursor, so rows a fraction of a millisecond apart are neither skipped nor repeated', async () => {
    const own = await createTestJob(db);
    await addToHiringTeam(db, own.id, member);
    await seedManyApplicants(sql, { jobId: own.id, count: 60 });
    await sql`update applications set submitted_at = '2026-01-01T00:00:00Z'::timestamptz + (id % 7) * interval '1 microsecond' where job_id = ${own.id}`;
    const first = await listApplicants(member, own.id, { sort: 'date' }, db);
    const second = await listApplicants(member, own.id, { sort: 'date', after: first!.nextCursor! }, db);
    const ids = [...first!.rows, ...second!.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(60);
    expect(ids).toEqual(await sql`select id from applications where job_id = ${own.id} order by submitted_at desc, id desc`.then((r) => r.map((x) => x.id)));
  });
});

describe('withdrawn applications', () => {
  it('are marked in the list, and keep their stage', async () => {
    const [target] = await sql<{ id: number }[]>`select id from applications where job_id = ${job.id} order by submitted_at desc, id desc limit 1`;
    await sql`update applications set withdrawn_at = now() where id = ${target!.id}`;
    const rows = (await listApplicants(member, job.id, { sort: 'date' }, db))!.rows;
    expect(rows[0]).toMatchObject({ id: target!.id, withdrawn: true });
    expect(rows.slice(1).every((r) => r.withdrawn === false)).toBe(true);
  });
});
