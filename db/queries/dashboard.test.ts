import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobVisits, stages } from '@/db/schema';
import { seedManyApplicants } from '@/db/seed-many-applicants';
import { createTestJob, ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { addToHiringTeam, applyTo, createActor } from '@/tests/helpers/review';
import { BOARD_PAGE_SIZE } from '@/lib/domain/board-columns';
import type { Actor } from './access';
import { getJobPipeline, listBoardCards, listDashboardJobs, recordJobVisit } from './dashboard';
import { moveApplicationStage } from './stage-moves';

const { db, sql } = openTestDb();
// Far in the future, so these jobs head the admin's list however many jobs other tests made.
const FUTURE = new Date('2999-01-01T00:00:00Z');

beforeAll(async () => {
  await ensureSettings(db);
});

afterAll(async () => {
  await sql.end();
  await (globalThis as { porticoDb?: { sql: { end(): Promise<void> } } }).porticoDb?.sql.end();
});

async function team(): Promise<{ member: Actor; outsider: Actor; admin: Actor }> {
  const [member, outsider, admin] = await Promise.all([createActor(db), createActor(db), createActor(db, 'admin')]);
  return { member, outsider, admin };
}

const stageId = async (jobId: number, position: number) =>
  (await db.select({ id: stages.id }).from(stages).where(and(eq(stages.jobId, jobId), eq(stages.position, position))))[0]!.id;

describe('listDashboardJobs', () => {
  it('lists a manager’s team jobs only, published before closed, never drafts; admins also see drafts', async () => {
    const { member, outsider, admin } = await team();
    const published = await createTestJob(db, { publishedAt: FUTURE });
    const closed = await createTestJob(db, { status: 'closed', publishedAt: FUTURE });
    const draft = await createTestJob(db, { status: 'draft' });
    const elsewhere = await createTestJob(db, { publishedAt: FUTURE });
    for (const job of [closed, published, draft]) await addToHiringTeam(db, job.id, member);
    await addToHiringTeam(db, elsewhere.id, outsider);

    expect((await listDashboardJobs(member, db)).map((j) => j.id)).toEqual([published.id, closed.id]);
    expect((await listDashboardJobs(outsider, db)).map((j) => j.id)).toEqual([elsewhere.id]);
    // Every job, however many other tests made, so the drafts at the end are in it too.
    const adminIds = (await listDashboardJobs(admin, db, { limit: 1_000_000 })).map((j) => j.id);
    expect(adminIds).toEqual(expect.arrayContaining([published.id, closed.id, elsewhere.id, draft.id]));
    expect(adminIds.indexOf(draft.id)).toBeGreaterThan(adminIds.indexOf(closed.id));
    expect(adminIds.indexOf(closed.id)).toBeGreaterThan(adminIds.indexOf(published.id));
  });

  it('counts applicants per stage, in pipeline order, from the stage rows', async () => {
    const { member } = await team();
    const job = await createTestJob(db);
    await addToHiringTeam(db, job.id, member);
    const [a] = [await applyTo(db, job.id), await applyTo(db, job.id), await applyTo(db, job.id)];
    await moveApplicationStage(member, { applicationId: a!, stageId: await stageId(job.id, 2) }, db);
    const [row] = await listDashboardJobs(member, db);
    expect(row).toMatchObject({ id: job.id, total: 3 });
    expect(row!.stages.map((s) => [s.name, s.count])).toEqual([
      ['Applied', 2],
      ['Screening', 0],
      ['Interview', 1],
      ['Offer', 0],
      ['Hired', 0],
      ['Rejected', 0],
    ]);
  });

  it('counts everything as new before the first visit, then only what arrived since', async () => {
    const { member, admin } = await team();
    const job = await createTestJob(db, { publishedAt: FUTURE });
    await addToHiringTeam(db, job.id, member);
    await applyTo(db, job.id);
    await applyTo(db, job.id);
    const newFor = async (actor: Actor) => (await listDashboardJobs(actor, db)).find((j) => j.id === job.id)?.newCount;
    expect(await newFor(member)).toBe(2);

    expect(await recordJobVisit(member, job.id, db)).toBe(true);
    expect(await newFor(member)).toBe(0);
    await applyTo(db, job.id);
    expect(await newFor(member)).toBe(1);
    // Visits are per person: the admin has not looked yet.
    expect(await newFor(admin)).toBe(3);
  });
});

describe('recordJobVisit', () => {
  it('records nothing for a job the user may not see', async () => {
    const { outsider } = await team();
    const job = await createTestJob(db);
    expect(await recordJobVisit(outsider, job.id, db)).toBe(false);
    expect(await db.select().from(jobVisits).where(eq(jobVisits.jobId, job.id))).toEqual([]);
  });

  it('records nothing, and does not fail, when the job is deleted while the visit is being recorded', async () => {
    const { member } = await team();
    const job = await createTestJob(db);
    await addToHiringTeam(db, job.id, member);
    // A deletion in flight: the access check still sees the job, and the visit's insert waits on
    // the job row for the deletion to commit (seen in e2e: a page rendered as its job was deleted).
    const deleting = await sql.reserve();
    try {
      await deleting`begin`;
      await deleting`delete from jobs where id = ${job.id}`;
      const visit = recordJobVisit(member, job.id, db);
      for (let i = 0; i < 100; i++) {
        const [waiting] = await sql<{ n: number }[]>`
          select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into "job_visits"%'`;
        if (waiting!.n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await deleting`commit`;
      expect(await visit).toBe(false);
    } finally {
      deleting.release();
    }
    expect(await db.select().from(jobVisits).where(eq(jobVisits.jobId, job.id))).toEqual([]);
  });

  it('moves the mark forward on every visit', async () => {
    const { member } = await team();
    const job = await createTestJob(db);
    await addToHiringTeam(db, job.id, member);
    await recordJobVisit(member, job.id, db);
    const [first] = await db.select({ at: jobVisits.lastVisitedAt }).from(jobVisits).where(eq(jobVisits.jobId, job.id));
    await recordJobVisit(member, job.id, db);
    const rows = await db.select({ at: jobVisits.lastVisitedAt }).from(jobVisits).where(eq(jobVisits.jobId, job.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.at.getTime()).toBeGreaterThanOrEqual(first!.at.getTime());
  });
});

describe('getJobPipeline and listBoardCards', () => {
  it('are null (404) off the hiring team', async () => {
    const { member, outsider } = await team();
    const job = await createTestJob(db);
    await addToHiringTeam(db, job.id, member);
    expect(await getJobPipeline(outsider, job.id, db)).toBeNull();
    expect(await listBoardCards(outsider, job.id, new Map(), db)).toBeNull();
    expect(await getJobPipeline(member, job.id, db)).toMatchObject({ job: { id: job.id }, total: 0 });
  });

  it('show each stage’s newest page of cards, more where asked, newest first', async () => {
    const { member } = await team();
    const job = await createTestJob(db);
    await addToHiringTeam(db, job.id, member);
    await seedManyApplicants(sql, { jobId: job.id, count: 130 }); // 65 in Applied, 26 in Screening…
    const pipeline = (await getJobPipeline(member, job.id, db))!;
    const applied = pipeline.stages.find((s) => s.name === 'Applied')!;
    const asked = new Map([[applied.id, 30]]);
    const cards = (await listBoardCards(member, job.id, asked, db))!;
    for (const stage of pipeline.stages) {
      const limit = stage.id === applied.id ? 30 : BOARD_PAGE_SIZE;
      const inStage = cards.filter((c) => c.stageId === stage.id);
      expect(inStage).toHaveLength(Math.min(limit, stage.count));
      const newest = await sql<{ id: number }[]>`select id from applications where stage_id = ${stage.id} order by submitted_at desc, id desc limit ${limit}`;
      expect(inStage.map((c) => c.id)).toEqual(newest.map((r) => r.id));
    }
    expect((await listBoardCards(member, job.id, new Map(), db))!.filter((c) => c.stageId === applied.id)).toHaveLength(BOARD_PAGE_SIZE);
    expect(pipeline.stages.find((s) => s.name === 'Applied')!.count).toBe(65);
  });
});
