// The counters the dashboard reads (stage_application_counts, migration 0025; the reports'
// monthly rollup for sources) against a real count(*) after every kind of write, on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedManyApplicants } from '@/db/seed-many-applicants';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { applyTo, createActor } from '@/tests/helpers/review';
import { countApplicantsBySource } from './applicant-sources';

const { db, sql } = openTestDb();
beforeAll(() => ensureSettings(db));
afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

/** Each stage of the job as [kept count, real count]. */
async function countsOf(jobId: number): Promise<Array<[number, number]>> {
  const rows = await sql<{ kept: number; real: number }[]>`
    select coalesce(c.applications, 0) as kept, (select count(*)::int from applications a where a.stage_id = s.id) as real
    from stages s left join stage_application_counts c on c.stage_id = s.id
    where s.job_id = ${jobId} order by s.position`;
  return rows.map((r) => [r.kept, r.real]);
}

async function expectExact(jobId: number) {
  const counts = await countsOf(jobId);
  expect(counts.map(([kept]) => kept)).toEqual(counts.map(([, real]) => real));
  return counts.map(([kept]) => kept);
}

const stageIds = async (jobId: number) => (await sql<{ id: number }[]>`select id from stages where job_id = ${jobId} order by position`).map((r) => r.id);

describe('stage_application_counts', () => {
  it('follows applications in, between stages one by one and in bulk, and out', async () => {
    const job = await createTestJob(db);
    const [applied, screening, interview] = await stageIds(job.id);
    const ids = [await applyTo(db, job.id), await applyTo(db, job.id), await applyTo(db, job.id), await applyTo(db, job.id)];
    expect(await expectExact(job.id)).toEqual([4, 0, 0, 0, 0, 0]);

    await sql`update applications set stage_id = ${screening!} where id = ${ids[0]!}`;
    // One statement moving people both ways, and one touching no stage at all.
    await sql`update applications set stage_id = ${interview!} where id in ${sql([ids[1]!, ids[2]!])}`;
    await sql`update applications set stage_id = case when stage_id = ${interview!}::int then ${applied!}::int else ${interview!}::int end where id in ${sql([ids[0]!, ids[1]!])}`;
    await sql`update applications set rating_average = 4 where job_id = ${job.id}`;
    expect(await expectExact(job.id)).toEqual([2, 0, 2, 0, 0, 0]);

    await sql`delete from applications where id = ${ids[3]!}`;
    expect(await expectExact(job.id)).toEqual([1, 0, 2, 0, 0, 0]);
  });

  it('counts a bulk insert of thousands in one pass, and a rolled-back move changes nothing', async () => {
    const job = await createTestJob(db);
    await seedManyApplicants(sql, { jobId: job.id, count: 2_000 });
    const before = await expectExact(job.id);
    expect(before.reduce((a, b) => a + b, 0)).toBe(2_000);
    const [applied, screening] = await stageIds(job.id);
    await sql
      .begin(async (tx) => {
        await tx`update applications set stage_id = ${screening!} where stage_id = ${applied!}`;
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(await expectExact(job.id)).toEqual(before);
  });

  it('lets a job be deleted once its applications are, its counters going with its stages', async () => {
    const job = await createTestJob(db);
    await applyTo(db, job.id);
    const stages = await stageIds(job.id);
    await sql`delete from applications where job_id = ${job.id}`;
    expect(await expectExact(job.id)).toEqual([0, 0, 0, 0, 0, 0]);
    await sql`delete from jobs where id = ${job.id}`;
    expect(await sql`select 1 from stage_application_counts where stage_id in ${sql(stages)}`).toHaveLength(0);
  });

  it('keeps two opposite bulk moves at the same time from deadlocking', async () => {
    const job = await createTestJob(db);
    const [applied, screening] = await stageIds(job.id);
    const a = await Promise.all(Array.from({ length: 6 }, () => applyTo(db, job.id)));
    await sql`update applications set stage_id = ${screening!} where id in ${sql(a.slice(3))}`;
    for (let round = 0; round < 5; round++) {
      await Promise.all([
        sql`update applications set stage_id = ${screening!} where id in ${sql(a.slice(0, 3))}`,
        sql`update applications set stage_id = ${applied!} where id in ${sql(a.slice(3))}`,
      ]);
      await Promise.all([
        sql`update applications set stage_id = ${applied!} where id in ${sql(a.slice(0, 3))}`,
        sql`update applications set stage_id = ${screening!} where id in ${sql(a.slice(3))}`,
      ]);
    }
    expect(await expectExact(job.id)).toEqual([3, 3, 0, 0, 0, 0]);
  });
});

describe('source counts from the monthly rollup', () => {
  it('match a real count after a source changes and an application is deleted', async () => {
    const admin = await createActor(db, 'admin');
    const job = await createTestJob(db);
    const ids = [
      await applyTo(db, job.id, { source: 'linkedin' }),
      await applyTo(db, job.id, { source: 'linkedin' }),
      await applyTo(db, job.id),
      await applyTo(db, job.id, { source: 'gh-abc' }),
    ];
    await sql`update applications set source = 'gh-abc' where id = ${ids[0]!}`;
    await sql`delete from applications where id = ${ids[1]!}`;
    const real = await sql<{ source: string | null; count: number }[]>`
      select source, count(*)::int as count from applications where job_id = ${job.id} group by source order by count desc, source asc nulls last`;
    expect(await countApplicantsBySource(admin, job.id, db)).toEqual(real.map((r) => ({ source: r.source, count: r.count })));
    expect(real).toEqual([
      { source: 'gh-abc', count: 2 },
      { source: null, count: 1 },
    ]);
  });
});
