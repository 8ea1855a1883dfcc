// Every report figure on a real PostgreSQL against numbers worked out by hand (see the table
// in `seedHistory`), plus scoping: a manager off the job's team sees nothing of it.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSettings, openTestDb } from '@/tests/helpers/apply';
import { applyTo, createReviewFixture, type ReviewFixture } from '@/tests/helpers/review';
import { listReportApplicants } from './report-applicants';
import { getReportFigures } from './reports';
import { moveApplicationStage } from './stage-moves';

const { db, sql: client } = openTestDb();
afterAll(() => client.end());

const DAY = 86_400_000;
const at = (iso: string, plusDays = 0) => new Date(Date.parse(`${iso}T00:00:00Z`) + plusDays * DAY).toISOString();

interface History {
  f: ReviewFixture;
  ids: Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5', number>;
  reasons: { id: number; label: string }[];
}

/**
 * Five applications on one job (days after submission):
 *   a1 2026-01-05 linkedin  applied→screening +2, →interview +5, →offer +9, →hired +10
 *   a2 2026-01-06 linkedin  applied→screening +4, →rejected +5 (reason 1)
 *   a3 2026-01-13 direct    applied→rejected +1 (reason 2)
 *   a4 2026-01-14 referral  (still applied)
 *   a5 2026-01-20 direct    applied→screening +6, →interview +8
 */
async function seedHistory(): Promise<History> {
  const f = await createReviewFixture(db);
  // The fixture's own applicant would spoil the counts: this history gets a job of its own.
  await db.execute(sql`delete from applications where id = ${f.applicationId}`);
  const stageRows = await db.execute<{ id: number; kind: string }>(sql`select id, kind from stages where job_id = ${f.job.id} order by position`);
  const stage = (kind: string) => {
    const row = [...stageRows].find((r) => r.kind === kind);
    if (!row) throw new Error(`no ${kind} stage`);
    return row.id;
  };
  const reasons = [...(await db.execute<{ id: number; label: string }>(sql`select id, label from rejection_reasons where archived_at is null order by label limit 2`))];
  const [r1, r2] = reasons;
  if (!r1 || !r2) throw new Error('need two rejection reasons');

  const add = async (submitted: string, source: string | null, moves: [string, number, number?][]) => {
    const id = await applyTo(db, f.job.id, { source });
    let from = stage('applied');
    for (const [kind, plus, reasonId] of moves) {
      await db.execute(sql`insert into stage_events (application_id, from_stage_id, to_stage_id, rejection_reason_id, created_at)
        values (${id}, ${from}, ${stage(kind)}, ${reasonId ?? null}, ${at(submitted, plus)})`);
      from = stage(kind);
    }
    await db.execute(sql`update applications set submitted_at = ${at(submitted)}, stage_id = ${from} where id = ${id}`);
    return id;
  };
  const ids = {
    a1: await add('2026-01-05', 'linkedin', [['screening', 2], ['interview', 5], ['offer', 9], ['hired', 10]]),
    a2: await add('2026-01-06', 'linkedin', [['screening', 4], ['rejected', 5, r1.id]]),
    a3: await add('2026-01-13', null, [['rejected', 1, r2.id]]),
    a4: await add('2026-01-14', 'referral', []),
    a5: await add('2026-01-20', null, [['screening', 6], ['interview', 8]]),
  };
  return { f, ids, reasons: [r1, r2] };
}

let h: History;
beforeAll(async () => {
  await ensureSettings(db);
  h = await seedHistory();
});

describe('getReportFigures', () => {
  it('computes every figure for the job', async () => {
    const figures = await getReportFigures(h.f.onTeam, { job: h.f.job.id }, db);
    expect(figures.funnel).toEqual([
      { kind: 'applied', reached: 5, conversion: null },
      { kind: 'screening', reached: 3, conversion: 0.6 },
      { kind: 'interview', reached: 2, conversion: 2 / 3 },
      { kind: 'offer', reached: 1, conversion: 0.5 },
      { kind: 'hired', reached: 1, conversion: 1 },
    ]);
    expect(figures.rejected).toBe(2);
    // applied stays 1, 2, 4, 6 days; screening 1, 2, 3; interview 4; offer 1 (p90 interpolated).
    expect(figures.timeInStage).toEqual([
      { kind: 'applied', count: 4, medianDays: 3, p90Days: 5.4 },
      { kind: 'screening', count: 3, medianDays: 2, p90Days: 2.8 },
      { kind: 'interview', count: 1, medianDays: 4, p90Days: 4 },
      { kind: 'offer', count: 1, medianDays: 1, p90Days: 1 },
    ]);
    expect(figures.timeToHire).toEqual({ count: 1, medianDays: 10, p90Days: 10 });
    expect(figures.overTime).toEqual({
      unit: 'week',
      periods: [
        { start: '2026-01-05', count: 2 },
        { start: '2026-01-12', count: 2 },
        { start: '2026-01-19', count: 1 },
      ],
    });
    expect(figures.sources).toEqual([
      { source: 'linkedin', applications: 2, hires: 1 },
      { source: null, applications: 2, hires: 0 },
      { source: 'referral', applications: 1, hires: 0 },
    ]);
    expect(figures.rejectionReasons).toEqual(
      h.reasons.map((r) => ({ reasonId: r.id, label: r.label, count: 1 })).sort((a, b) => a.label.localeCompare(b.label)),
    );
  });

  it('narrows by the date range, both days included', async () => {
    const figures = await getReportFigures(h.f.admin, { job: h.f.job.id, from: '2026-01-13', to: '2026-01-14' }, db);
    expect(figures.funnel.map((s) => s.reached)).toEqual([2, 0, 0, 0, 0]);
    expect(figures.overTime).toEqual({ unit: 'week', periods: [{ start: '2026-01-12', count: 2 }] });
    expect(figures.rejectionReasons).toEqual([{ reasonId: h.reasons[1]!.id, label: h.reasons[1]!.label, count: 1 }]);
  });

  it('narrows by department and location', async () => {
    const [dept] = await db.execute<{ id: number }>(sql`insert into departments (name, slug) values (${`Reports ${randomUUID()}`}, ${`reports-${randomUUID()}`}) returning id`);
    await db.execute(sql`update jobs set department_id = ${dept!.id} where id = ${h.f.job.id}`);
    expect((await getReportFigures(h.f.admin, { department: dept!.id }, db)).funnel[0]?.reached).toBe(5);
    expect((await getReportFigures(h.f.admin, { job: h.f.job.id, department: dept!.id + 1_000_000 }, db)).funnel[0]?.reached).toBe(0);
    expect((await getReportFigures(h.f.admin, { job: h.f.job.id, location: 2_000_000_000 }, db)).sources).toEqual([]);
  });

  it('shows a manager nothing of a job whose hiring team they are not on', async () => {
    const figures = await getReportFigures(h.f.offTeam, { job: h.f.job.id }, db);
    expect(figures.funnel.map((s) => s.reached)).toEqual([0, 0, 0, 0, 0]);
    expect(figures.sources).toEqual([]);
    expect(figures.overTime.periods).toEqual([]);
    expect(figures.timeToHire).toEqual({ count: 0, medianDays: null, p90Days: null });
    // Unfiltered, the off-team manager's report holds only their own job's single applicant.
    expect((await getReportFigures(h.f.offTeam, {}, db)).funnel[0]?.reached).toBe(1);
  });
});

describe('listReportApplicants', () => {
  const ids = (page: { rows: { id: number }[] }) => page.rows.map((r) => r.id);

  it('lists the applicants behind each figure, newest first, with the figure’s count', async () => {
    const job = { job: h.f.job.id };
    const reached = await listReportApplicants(h.f.onTeam, job, { kind: 'reached', stageKind: 'interview' }, null, db);
    expect(reached.total).toBe(2);
    expect(ids(reached)).toEqual([h.ids.a5, h.ids.a1]);
    expect(ids(await listReportApplicants(h.f.onTeam, job, { kind: 'hired' }, null, db))).toEqual([h.ids.a1]);
    // Completed screening stays: a1, a2, a5 (the time-in-stage figure's 3).
    expect(ids(await listReportApplicants(h.f.onTeam, job, { kind: 'stayed', stageKind: 'screening' }, null, db))).toEqual([h.ids.a5, h.ids.a2, h.ids.a1]);
    expect(ids(await listReportApplicants(h.f.onTeam, job, { kind: 'source', source: null, hiredOnly: false }, null, db))).toEqual([h.ids.a5, h.ids.a3]);
    expect(ids(await listReportApplicants(h.f.onTeam, job, { kind: 'source', source: 'linkedin', hiredOnly: true }, null, db))).toEqual([h.ids.a1]);
    expect(ids(await listReportApplicants(h.f.onTeam, job, { kind: 'rejection-reason', reasonId: h.reasons[0]!.id }, null, db))).toEqual([h.ids.a2]);
    expect(ids(await listReportApplicants(h.f.onTeam, job, { kind: 'period', start: '2026-01-12', unit: 'week' }, null, db))).toEqual([h.ids.a4, h.ids.a3]);
    const page = await listReportApplicants(h.f.onTeam, job, null, h.ids.a3, db);
    expect(page).toMatchObject({ total: 5 });
    expect(ids(page)).toEqual([h.ids.a2, h.ids.a1]);
  });

  it('lists nothing to a manager off the job’s team', async () => {
    const page = await listReportApplicants(h.f.offTeam, { job: h.f.job.id }, null, null, db);
    expect(page).toEqual({ total: 0, rows: [], nextAfter: null });
  });
});

describe('the rollups behind the figures', () => {
  it('follow every change: a real stage move, a moved submission date, a stage’s new kind and a deletion', async () => {
    const f = await createReviewFixture(db);
    const reached = async () => (await getReportFigures(f.admin, { job: f.job.id }, db)).funnel.map((s) => s.reached);
    expect(await reached()).toEqual([1, 0, 0, 0, 0]);
    const [screening] = await db.execute<{ id: number }>(sql`select id from stages where job_id = ${f.job.id} and kind = 'screening'`);
    expect(await moveApplicationStage(f.onTeam, { applicationId: f.applicationId, stageId: screening!.id }, db)).toMatchObject({ ok: true });
    expect(await reached()).toEqual([1, 1, 0, 0, 0]);
    await db.execute(sql`update applications set submitted_at = '2001-02-03T00:00:00Z' where id = ${f.applicationId}`);
    expect((await getReportFigures(f.admin, { job: f.job.id, from: '2001-02-03', to: '2001-02-03' }, db)).funnel[1]?.reached).toBe(1);
    expect((await getReportFigures(f.admin, { job: f.job.id, from: '2026-01-01' }, db)).funnel[0]?.reached).toBe(0);
    // An admin turns the Screening stage into an Interview one: the history is read anew.
    await db.execute(sql`update stages set kind = 'interview' where id = ${screening!.id}`);
    expect(await reached()).toEqual([1, 1, 1, 0, 0]);
    await db.execute(sql`delete from applications where id = ${f.applicationId}`);
    expect(await reached()).toEqual([0, 0, 0, 0, 0]);
  });
});
